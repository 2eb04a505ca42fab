package org.jadepost.adapter.pop3.command;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.jadepost.adapter.pop3.session.Maildrop;
import org.jadepost.adapter.pop3.session.Pop3Response;

/**
 * Parses the message-number argument of LIST, UIDL, RETR, TOP and DELE (RFC 1939 §3: decimal, 1 and
 * up) and resolves it against the maildrop, giving the {@code -ERR} to send when it names no live
 * message.
 */
final class MessageNumber {

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  private MessageNumber() {}

  /** The non-negative decimal {@code text}, or empty when it is not one (signs, letters, huge). */
  static Optional<Integer> parse(String text) {
    return NUMBER.matcher(text).matches() ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }

  /**
   * Resolves {@code text} to a live message of {@code maildrop}, or to the {@code -ERR} to send.
   */
  static Resolved resolve(String text, Maildrop maildrop) {
    String argument = text.strip();
    Optional<Pop3Response> problem = problem(argument, maildrop);
    if (problem.isPresent()) {
      return new Resolved(0, null, problem.get());
    }
    int number = parse(argument).orElseThrow();
    return new Resolved(number, maildrop.live(number).orElseThrow(), null);
  }

  /**
   * A message number resolved against the maildrop.
   *
   * @param number the message number; 0 when {@code problem} is set
   * @param message the live message it names; null when {@code problem} is set
   * @param problem the {@code -ERR} to send instead; null when the number names a live message
   */
  record Resolved(int number, Pop3MessageInfo message, Pop3Response problem) {

    /** Whether the number names no live message. */
    boolean failed() {
      return problem != null;
    }
  }

  /**
   * The error to send when {@code text} is no live message of {@code maildrop}: bad syntax, no such
   * message, or marked as deleted (RFC 1939 §5).
   */
  static Optional<Pop3Response> problem(String text, Maildrop maildrop) {
    Optional<Integer> number = parse(text);
    if (number.isEmpty()) {
      return Optional.of(Replies.BAD_ARGUMENTS);
    }
    if (!maildrop.exists(number.get())) {
      return Optional.of(Replies.NO_SUCH_MESSAGE);
    }
    return maildrop.isDeleted(number.get())
        ? Optional.of(Replies.ALREADY_DELETED)
        : Optional.empty();
  }
}
