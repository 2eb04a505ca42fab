package org.jadepost.compose.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Sets the Date field of a message written earlier to the moment it leaves (RFC 5322 §3.6.1: the
 * date the message was complete and ready to go), for scheduled mail. Streams: only the header
 * lines are looked at, the body is copied as it is.
 */
public final class SentDate {

  private static final DateTimeFormatter RFC_5322 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
  private static final byte[] DATE = "date:".getBytes(StandardCharsets.US_ASCII);

  private SentDate() {}

  /** Copies message {@code in} to {@code out} with one Date field, set to {@code date}. */
  public static void copy(InputStream in, OutputStream out, ZonedDateTime date) throws IOException {
    byte[] field = ("Date: " + RFC_5322.format(date) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    boolean written = false;
    boolean inDate = false;
    for (byte[] line = line(in); line.length > 0; line = line(in)) {
      boolean continuation = line[0] == ' ' || line[0] == '\t';
      if (inDate && continuation) {
        continue;
      }
      inDate = !continuation && isDate(line);
      if (inDate || blank(line)) {
        if (!written) {
          out.write(field);
          written = true;
        }
        if (inDate) {
          continue;
        }
        out.write(line);
        break;
      }
      out.write(line);
    }
    in.transferTo(out);
  }

  private static boolean isDate(byte[] line) {
    if (line.length < DATE.length) {
      return false;
    }
    for (int i = 0; i < DATE.length; i++) {
      if (Character.toLowerCase(line[i]) != DATE[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean blank(byte[] line) {
    return line[0] == '\n' || (line[0] == '\r' && line.length <= 2);
  }

  // One line with its end (LF or CRLF); empty at the end of the input.
  private static byte[] line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(80);
    for (int b = in.read(); b >= 0; b = in.read()) {
      line.write(b);
      if (b == '\n') {
        break;
      }
    }
    return line.toByteArray();
  }
}
