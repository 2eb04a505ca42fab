package org.jadepost.adapter.smtp.command;

import java.util.Locale;
import java.util.Optional;
import org.jadepost.adapter.api.SmtpBodyType;

/**
 * The ESMTP parameters of MAIL FROM this server knows: {@code SIZE=} (RFC 1870 §6), {@code BODY=}
 * (RFC 6152 §2) and {@code SMTPUTF8} (RFC 6531 §3.4).
 *
 * @param size the declared size, or -1
 * @param bodyType the body type
 * @param smtpUtf8 whether SMTPUTF8 was given
 */
public record MailParameters(long size, SmtpBodyType bodyType, boolean smtpUtf8) {

  /** Parses {@code text}; empty if a parameter is unknown, repeated or malformed. */
  public static Optional<MailParameters> parse(String text) {
    long size = -1;
    SmtpBodyType body = null;
    boolean utf8 = false;
    for (String parameter : text.isEmpty() ? new String[0] : text.split(" +")) {
      String upper = parameter.toUpperCase(Locale.ROOT);
      if (upper.startsWith("SIZE=") && size < 0) {
        size = parseSize(upper.substring(5));
        if (size < 0) {
          return Optional.empty();
        }
      } else if (upper.equals("BODY=8BITMIME") && body == null) {
        body = SmtpBodyType.EIGHT_BIT_MIME;
      } else if (upper.equals("BODY=7BIT") && body == null) {
        body = SmtpBodyType.SEVEN_BIT;
      } else if (upper.equals("SMTPUTF8") && !utf8) {
        utf8 = true;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(
        new MailParameters(size, body == null ? SmtpBodyType.SEVEN_BIT : body, utf8));
  }

  private static long parseSize(String digits) {
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(digits);
  }
}
