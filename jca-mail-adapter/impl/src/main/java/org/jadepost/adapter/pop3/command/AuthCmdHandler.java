package org.jadepost.adapter.pop3.command;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/**
 * AUTH (RFC 5034) with the PLAIN mechanism (RFC 4616). Without arguments it lists the mechanisms,
 * as many clients ask. With only the mechanism it sends an empty challenge ({@code + }) and a
 * {@link PlainExchange} takes the answer; an initial response may also follow the mechanism.
 */
public final class AuthCmdHandler implements Pop3CmdHandler {

  static final Pop3Response UNKNOWN_MECHANISM =
      Pop3Response.err("Unsupported authentication mechanism");

  @Override
  public String verb() {
    return "AUTH";
  }

  @Override
  public Set<Pop3SessionState> validStates() {
    return Pop3CmdHandler.authorization();
  }

  @Override
  public Pop3Response handle(Pop3Session session, String arguments) {
    if (!session.isLoginAllowedNow()) {
      return Replies.TLS_REQUIRED;
    }
    String[] words = arguments.strip().split(" ");
    if (words[0].isEmpty()) {
      return Pop3Response.multiLine("Supported mechanisms follow", List.of("PLAIN"));
    }
    if (words.length > 2) {
      return Replies.BAD_ARGUMENTS;
    }
    if (!words[0].toUpperCase(Locale.ROOT).equals("PLAIN")) {
      return UNKNOWN_MECHANISM;
    }
    if (words.length == 2) {
      return PlainExchange.answer(session, words[1]);
    }
    session.continueWith(new PlainExchange());
    return PlainExchange.CHALLENGE;
  }
}
