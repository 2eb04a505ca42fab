package org.jadepost.adapter.pop3.command;

import java.util.Set;
import org.jadepost.adapter.pop3.session.Maildrop;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/** STAT (RFC 1939 §5): {@code +OK count octets}, messages marked as deleted left out. */
public final class StatCmdHandler implements Pop3CmdHandler {

  @Override
  public String verb() {
    return "STAT";
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
    Maildrop maildrop = session.maildrop();
    return Pop3Response.ok(maildrop.count() + " " + maildrop.octets());
  }
}
