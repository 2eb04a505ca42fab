package org.jadepost.mailbox.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeUtility;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jadepost.mailbox.entity.MessageHeaders;

/**
 * Reads the header block of a raw message into {@link MessageHeaders}. Broken headers never fail a
 * delivery: what cannot be decoded is kept raw or left empty, and everything is cut to the column
 * sizes.
 */
public final class HeaderParser {

  private HeaderParser() {}

  /** Header sections beyond this are cut: nothing a list shows lives that far in. */
  private static final int MAX_HEADER_BYTES = 1 << 20;

  /** The headers of the message in {@code raw}, read up to the blank line that ends them. */
  public static MessageHeaders parse(InputStream raw) throws MessagingException {
    InternetHeaders headers = read(raw);
    InternetAddress from = firstAddress(headers.getHeader("From", ","));
    return new MessageHeaders(
        cut(decode(headers.getHeader("Subject", " ")), 998),
        from == null ? null : cut(from.getAddress(), 320),
        from == null ? null : cut(from.getPersonal(), 200),
        cut(addresses(headers.getHeader("To", ",")), 2000),
        date(headers.getHeader("Date", null)),
        cut(headers.getHeader("Message-ID", null), 998),
        cut(headers.getHeader("Content-Type", null), 998));
  }

  /**
   * The header section of {@code raw} (UTF-8 allowed, RFC 6532), up to the blank line. Read here
   * rather than by {@code new InternetHeaders(InputStream)}, which looks up a stream provider
   * through ServiceLoader on every call: a tenth of the CPU of a delivery.
   */
  public static InternetHeaders read(InputStream raw) throws MessagingException {
    InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw, 8192);
    InternetHeaders headers = new InternetHeaders();
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    int total = 0;
    try {
      for (int b = in.read(); b != -1 && total < MAX_HEADER_BYTES; b = in.read(), total++) {
        if (b != '\n') {
          line.write(b);
          continue;
        }
        byte[] bytes = line.toByteArray();
        int length =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (length == 0) {
          return headers;
        }
        headers.addHeaderLine(new String(bytes, 0, length, StandardCharsets.UTF_8));
        line.reset();
      }
    } catch (IOException e) {
      throw new MessagingException("Cannot read the header section", e);
    }
    if (line.size() > 0) {
      headers.addHeaderLine(line.toString(StandardCharsets.UTF_8));
    }
    return headers;
  }

  private static String decode(String value) {
    if (value == null) {
      return null;
    }
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(value));
    } catch (UnsupportedEncodingException e) {
      return value;
    }
  }

  private static InternetAddress firstAddress(String value) {
    InternetAddress[] all = parse(value);
    return all.length == 0 ? null : all[0];
  }

  private static String addresses(String value) {
    return Arrays.stream(parse(value))
        .map(InternetAddress::getAddress)
        .collect(Collectors.joining(", "));
  }

  private static InternetAddress[] parse(String value) {
    if (value == null) {
      return new InternetAddress[0];
    }
    try {
      return InternetAddress.parseHeader(MimeUtility.unfold(value), false);
    } catch (AddressException e) {
      return new InternetAddress[0];
    }
  }

  private static Instant date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return new MailDateFormat().parse(value.strip()).toInstant();
    } catch (ParseException e) {
      return null;
    }
  }

  private static String cut(String value, int max) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() <= max) {
      return value;
    }
    // Never split a surrogate pair (emoji, rare CJK) in two.
    int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
    return value.substring(0, end);
  }
}
