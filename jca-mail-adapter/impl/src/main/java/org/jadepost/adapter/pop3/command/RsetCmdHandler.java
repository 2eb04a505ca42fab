package org.jadepost.adapter.pop3.command;

import java.util.Set;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/** RSET (RFC 1939 §5): unmarks every message marked as deleted in this session. */
public final class RsetCmdHandler implements Pop3CmdHandler {

  @Override
  public String verb() {
    return "RSET";
  }

  @Override
  public Set<Pop3SessionState> validStates() {
    return Pop3CmdHandler.transaction();
  }

  @Override
  public Pop3Response handle(Pop3Session session, String arguments) {
    if (!arguments.isBlank()) {
      return Replies.BAD_ARGUMENTS;
    }
    session.maildrop().reset();
    return Pop3Response.ok(session.maildrop().summary());
  }
}
