package org.jadepost.adapter.pop3.command;

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
    MessageNumber.Resolved message = MessageNumber.resolve(arguments, session.maildrop());
    if (message.failed()) {
      return message.problem();
    }
    session.maildrop().delete(message.number());
    return Pop3Response.ok("Message " + message.number() + " deleted");
  }
}
