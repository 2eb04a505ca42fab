package org.jadepost.delivery.control;

import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * A read receipt: an RFC 8098 message disposition notification sent manually after the reader
 * agreed ("displayed", §3.2.6), as {@code multipart/report; report-type=disposition-notification}
 * (RFC 6522) with a human-readable part and the machine-readable {@code
 * message/disposition-notification} part. Pure.
 */
public final class ReceiptBuilder {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  private ReceiptBuilder() {}

  /**
   * The MDN {@code reader} sends to {@code to} for the message {@code originalMessageId} with
   * subject {@code originalSubject}, displayed at {@code displayedAt}; {@code host} names the
   * reporting user agent.
   */
  public static byte[] build(
      String reader,
      String to,
      String originalMessageId,
      String originalSubject,
      ZonedDateTime displayedAt,
      String host) {
    String boundary = "mdn-" + UUID.randomUUID();
    String subject = originalSubject == null ? "" : originalSubject;
    StringBuilder m = new StringBuilder();
    m.append("From: ").append(reader).append("\r\n");
    m.append("To: ").append(to).append("\r\n");
    m.append("Subject: ").append(encode("Read: " + subject)).append("\r\n");
    m.append("Date: ").append(DATE.format(displayedAt)).append("\r\n");
    m.append("Message-ID: <").append(UUID.randomUUID()).append('@').append(host).append(">\r\n");
    m.append("Auto-Submitted: auto-replied\r\n");
    m.append("MIME-Version: 1.0\r\n");
    m.append("Content-Type: multipart/report; report-type=disposition-notification;\r\n");
    m.append("\tboundary=\"").append(boundary).append("\"\r\n\r\n");
    m.append("--").append(boundary).append("\r\n");
    m.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n");
    m.append("The message sent to ").append(reader);
    m.append(" with subject \"").append(subject.replaceAll("[\\r\\n]", " ")).append('"');
    m.append(" was displayed at ").append(DATE.format(displayedAt)).append(".\r\n");
    m.append("This is no guarantee that the message has been read or understood.\r\n\r\n");
    m.append("--").append(boundary).append("\r\n");
    m.append("Content-Type: message/disposition-notification\r\n\r\n");
    m.append("Reporting-UA: ").append(host).append("; Jadepost webmail\r\n");
    m.append("Final-Recipient: rfc822;").append(reader).append("\r\n");
    if (originalMessageId != null && !originalMessageId.isBlank()) {
      m.append("Original-Message-ID: ").append(originalMessageId.strip()).append("\r\n");
    }
    m.append("Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n");
    m.append("--").append(boundary).append("--\r\n");
    return m.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    try {
      return MimeUtility.encodeText(text.replaceAll("[\\r\\n]", " "), "UTF-8", "B");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
