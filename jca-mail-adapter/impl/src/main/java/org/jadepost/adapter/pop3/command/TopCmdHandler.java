package org.jadepost.adapter.pop3.command;

import java.util.Optional;
import java.util.Set;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/**
 * TOP msg n (RFC 1939 §7): the header, the blank line and the first {@code n} body lines, streamed
 * like RETR.
 */
public final class TopCmdHandler implements Pop3CmdHandler {

  @Override
  public String verb() {
    return "TOP";
  }

  @Override
  public Set<Pop3SessionState> validStates() {
    return Pop3CmdHandler.transaction();
  }

  @Override
  public Pop3Response handle(Pop3Session session, String arguments) {
    String[] words = arguments.strip().split(" ");
    if (words.length != 2) {
      return Replies.BAD_ARGUMENTS;
    }
    Optional<Integer> lines = MessageNumber.parse(words[1]);
    if (lines.isEmpty()) {
      return Replies.BAD_ARGUMENTS;
    }
    Optional<Pop3Response> problem = MessageNumber.problem(words[0], session.maildrop());
    if (problem.isPresent()) {
      return problem.get();
    }
    int number = MessageNumber.parse(words[0]).orElseThrow();
    Pop3MessageInfo message = session.maildrop().live(number).orElseThrow();
    return MessageTransfer.send(session, message, "Top of message follows", lines.get());
  }
}
