package org.jadepost.adapter.pop3.command;

import java.util.Set;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/**
 * USER name (RFC 1939 §7): remembers the name for PASS. Always {@code +OK}, so the reply does not
 * tell which mailboxes exist; refused in clear on non-loopback connections (RFC 2595 §4).
 */
public final class UserCmdHandler implements Pop3CmdHandler {

  @Override
  public String verb() {
    return "USER";
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
    String name = arguments.strip();
    if (name.isEmpty() || name.contains(" ")) {
      return Replies.BAD_ARGUMENTS;
    }
    session.user(name);
    return Pop3Response.ok("Send your password");
  }
}
