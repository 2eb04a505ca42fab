package org.jadepost.adapter.pop3.command;

import java.util.Set;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/**
 * PASS string (RFC 1939 §7), right after a successful USER. The whole rest of the line is the
 * password, spaces included, as the RFC allows.
 */
public final class PassCmdHandler implements Pop3CmdHandler {

  /** PASS without a USER before it. */
  static final Pop3Response USER_FIRST = Pop3Response.err("Send USER first");

  @Override
  public String verb() {
    return "PASS";
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
    if (session.user().isEmpty()) {
      return USER_FIRST;
    }
    if (arguments.isEmpty()) {
      session.user(null);
      return Replies.BAD_ARGUMENTS;
    }
    return Login.complete(session, session.user().get(), arguments);
  }
}
