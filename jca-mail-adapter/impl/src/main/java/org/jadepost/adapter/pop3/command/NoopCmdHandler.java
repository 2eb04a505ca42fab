package org.jadepost.adapter.pop3.command;

import java.util.Set;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/** NOOP (RFC 1939 §5): {@code +OK}, keeps the autologout timer from firing. */
public final class NoopCmdHandler implements Pop3CmdHandler {

  @Override
  public String verb() {
    return "NOOP";
  }

  @Override
  public Set<Pop3SessionState> validStates() {
    return Pop3CmdHandler.transaction();
  }

  @Override
  public Pop3Response handle(Pop3Session session, String arguments) {
    return arguments.isBlank() ? Pop3Response.ok("") : Replies.BAD_ARGUMENTS;
  }
}
