package org.jadepost.adapter.pop3.command;

import java.util.Optional;
import java.util.Set;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/**
 * DELE msg (RFC 1939 §5): marks the message; the listener removes it only at QUIT (UPDATE), and
 * RSET or a dropped connection keeps it.
 */
public final class DeleCmdHandler implements Pop3CmdHandler {

  @Override
  public String verb() {
    return "DELE";
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
    session.maildrop().delete(number);
    return Pop3Response.ok("Message " + number + " deleted");
  }
}
