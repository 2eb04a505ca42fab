package org.jadepost.adapter.pop3.command;

import java.util.Optional;
import java.util.Set;
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
    MessageNumber.Resolved resolved = MessageNumber.resolve(words[0], session.maildrop());
    if (resolved.failed()) {
      return resolved.problem();
    }
    return MessageTransfer.send(session, resolved.message(), "Top of message follows", lines.get());
  }
}
