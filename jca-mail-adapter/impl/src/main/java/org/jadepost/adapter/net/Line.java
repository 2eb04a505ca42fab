package org.jadepost.adapter.net;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line of client input without its terminator. The raw bytes are kept because protocols differ
 * in what they allow (SMTPUTF8, IMAP literals, 8-bit message data); {@link #text()} decodes them as
 * UTF-8.
 *
 * @param bytes the line content; the receiver owns the array
 * @param bareLineFeed whether the line ended with LF alone instead of CRLF, which SMTP must treat
 *     with care to avoid message smuggling
 */
public record Line(byte[] bytes, boolean bareLineFeed) implements InboundFrame {

  /** A CRLF-terminated line with the UTF-8 bytes of {@code text}. */
  public static Line of(String text) {
    return new Line(text.getBytes(StandardCharsets.UTF_8), false);
  }

  /** The content decoded as UTF-8; malformed bytes become U+FFFD. */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Line line
        && bareLineFeed == line.bareLineFeed
        && Arrays.equals(bytes, line.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bytes) + Boolean.hashCode(bareLineFeed);
  }

  @Override
  public String toString() {
    return "Line[" + text() + (bareLineFeed ? "\\n]" : "\\r\\n]");
  }
}
