package org.jadepost.adapter.smtp.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jadepost.adapter.api.SmtpListenerKind;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/**
 * EHLO (RFC 5321 §4.1.1.1): resets the transaction and lists the extensions available at this
 * moment. STARTTLS only while TLS is off (RFC 3207 §4.2); AUTH only on submission and only where
 * credentials may be sent now (RFC 4954 §4).
 */
public final class EhloCmdHandler implements CmdHandler {

  @Override
  public String verb() {
    return "EHLO";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return CmdHandler.anyState();
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    if (arguments.isEmpty()) {
      return SmtpResponse.of(Replies.BAD_ARGUMENTS);
    }
    session.greeted(arguments);
    List<String> lines = new ArrayList<>();
    lines.add(session.configuration().hostName() + " Hello " + arguments);
    lines.add("SIZE " + session.configuration().maxMessageSize()); // RFC 1870
    lines.add("8BITMIME"); // RFC 6152
    lines.add("SMTPUTF8"); // RFC 6531
    lines.add("PIPELINING"); // RFC 2920
    lines.add("ENHANCEDSTATUSCODES"); // RFC 2034
    lines.add("CHUNKING"); // RFC 3030
    if (session.connection().isStartTlsAvailable()) {
      lines.add("STARTTLS"); // RFC 3207
    }
    if (session.configuration().kind() == SmtpListenerKind.SUBMISSION
        && session.isAuthAllowedNow()) {
      lines.add("AUTH PLAIN LOGIN"); // RFC 4954
    }
    return SmtpResponse.plain(250, lines);
  }
}
