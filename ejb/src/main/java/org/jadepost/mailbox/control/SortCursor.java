package org.jadepost.mailbox.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MessageSort;

/**
 * Where a page of a folder sorted by {@link MessageSort} ended: whether the last message lacked the
 * value, the value and the message id. Opaque to clients (URL-safe base64); a tampered cursor only
 * selects other messages of the same folder, which the caller owns anyway.
 *
 * @param missing whether the last message had no value (its run of the order)
 * @param value the last message's value ({@link Instant}, {@link Long} or {@link String})
 * @param id the last message's id
 */
public record SortCursor(boolean missing, Object value, long id) {

  /** The cursor after {@code message} in order {@code sort}. */
  public static SortCursor after(MessageSort sort, MailMessage message) {
    Object value =
        switch (sort) {
          case DATE -> message.getInternalDate();
          case SIZE -> message.getSizeBytes();
          case SENDER -> message.getFromAddress();
          case SUBJECT -> message.getSubjectSort();
        };
    return new SortCursor(value == null, value, message.getId());
  }

  /** The opaque text form. */
  public String encode() {
    String text =
        value instanceof Instant instant
            ? Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, instant))
            : String.valueOf(value);
    String plain = (missing ? "N" : "V") + ":" + id + ":" + (missing ? "" : text);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor in {@code text} for order {@code sort}, or empty when missing or malformed. */
  public static Optional<SortCursor> decode(MessageSort sort, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":", 3);
      boolean missing = parts[0].equals("N");
      long id = Long.parseLong(parts[1]);
      return Optional.of(new SortCursor(missing, missing ? null : value(sort, parts[2]), id));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Object value(MessageSort sort, String text) {
    return switch (sort) {
      case DATE -> Instant.EPOCH.plus(Long.parseLong(text), ChronoUnit.MICROS);
      case SIZE -> Long.parseLong(text);
      default -> text;
    };
  }
}
