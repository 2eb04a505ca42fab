package org.jadepost.adapter.pop3.command;

import java.util.Set;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/** RETR msg (RFC 1939 §5): the whole message, dot-stuffed and streamed, never held in memory. */
public final class RetrCmdHandler implements Pop3CmdHandler {

  @Override
  public String verb() {
    return "RETR";
  }

  @Override
  public Set<Pop3SessionState> validStates() {
    return Pop3CmdHandler.transaction();
  }

  @Override
  public Pop3Response handle(Pop3Session session, String arguments) {
    MessageNumber.Resolved resolved = MessageNumber.resolve(arguments, session.maildrop());
    if (resolved.failed()) {
      return resolved.problem();
    }
    Pop3MessageInfo message = resolved.message();
    return MessageTransfer.send(session, message, message.size() + " octets", -1);
  }
}
