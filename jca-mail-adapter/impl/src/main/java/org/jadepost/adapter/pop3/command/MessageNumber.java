package org.jadepost.adapter.pop3.command;

import java.util.Optional;
import java.util.regex.Pattern;
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
