package org.jadepost.mailbox.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jadepost.mailbox.entity.MessageHeaders;

/**
 * Reads the header block of a raw message into {@link MessageHeaders}. Broken headers never fail a
 * delivery: what cannot be decoded is kept raw or left empty, and everything is cut to the column
 * sizes.
 */
public final class HeaderParser {

  private HeaderParser() {}

  /** The headers of the message in {@code raw}, read up to the blank line that ends them. */
  public static MessageHeaders parse(InputStream raw) throws MessagingException {
    InternetHeaders headers = new InternetHeaders(raw, true);
    InternetAddress from = firstAddress(headers.getHeader("From", ","));
    return new MessageHeaders(
        cut(decode(headers.getHeader("Subject", " ")), 998),
        from == null ? null : cut(from.getAddress(), 320),
        from == null ? null : cut(from.getPersonal(), 200),
        cut(addresses(headers.getHeader("To", ",")), 2000),
        date(headers.getHeader("Date", null)),
        cut(headers.getHeader("Message-ID", null), 998),
        String.valueOf(headers.getHeader("Content-Type", null))
            .toLowerCase(Locale.ROOT)
            .startsWith("multipart/mixed"));
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
