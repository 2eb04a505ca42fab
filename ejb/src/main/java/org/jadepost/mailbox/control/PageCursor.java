package org.jadepost.mailbox.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.jadepost.mailbox.entity.MailMessage;

/**
 * Where a page of a folder ended: the internal date and id of its last message. Opaque to clients
 * (URL-safe base64); a tampered cursor only selects other messages of the same folder, which the
 * caller owns anyway.
 *
 * @param internalDate the last message's internal date
 * @param id the last message's id, breaking ties between equal dates
 */
public record PageCursor(Instant internalDate, long id) {

  /** The cursor after {@code message}. */
  public static PageCursor after(MailMessage message) {
    return new PageCursor(message.getInternalDate(), message.getId());
  }

  /** The opaque text form. */
  public String encode() {
    String plain = ChronoUnit.MICROS.between(Instant.EPOCH, internalDate) + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  /** The cursor in {@code text}, or empty when it is missing or malformed. */
  public static Optional<PageCursor> decode(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
      int colon = plain.indexOf(':');
      long micros = Long.parseLong(plain.substring(0, colon));
      Instant date = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
      return Optional.of(new PageCursor(date, Long.parseLong(plain.substring(colon + 1))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
