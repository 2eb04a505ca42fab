package org.jadepost.adapter.pop3.command;

import java.util.Optional;
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
    String argument = arguments.strip();
    Optional<Pop3Response> problem = MessageNumber.problem(argument, session.maildrop());
    if (problem.isPresent()) {
      return problem.get();
    }
    int number = MessageNumber.parse(argument).orElseThrow();
    Pop3MessageInfo message = session.maildrop().live(number).orElseThrow();
    return MessageTransfer.send(session, message, message.size() + " octets", -1);
  }
}
