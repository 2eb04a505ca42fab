package org.jadepost.outbound.control;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Writes a delivery status notification (RFC 3464): a multipart/report with a human-readable part
 * in English and Chinese, the machine-readable message/delivery-status, and the original headers
 * (text/rfc822-headers, RFC 6522), From the MAILER-DAEMON of this host.
 */
public final class DsnBuilder {

  private static final DateTimeFormatter RFC_5322 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneId.systemDefault());

  private DsnBuilder() {}

  /**
   * The DSN's bytes, CRLF line ends.
   *
   * @param reportingHost this server's name
   * @param recipient who gets the DSN (the original reverse-path)
   * @param originalHeaders the header block of the bounced message
   * @param failed the recipients it could not be delivered to
   */
  public static byte[] build(
      String reportingHost,
      String recipient,
      byte[] originalHeaders,
      Instant arrival,
      List<FailedRecipient> failed) {
    try {
      MimeMessage dsn = new MimeMessage(Session.getInstance(new Properties()));
      dsn.setFrom(new InternetAddress("MAILER-DAEMON@" + reportingHost, "Mail Delivery System"));
      dsn.setRecipients(jakarta.mail.Message.RecipientType.TO, recipient);
      dsn.setSubject("Undelivered Mail Returned to Sender / 退信通知", "UTF-8");
      dsn.setSentDate(new Date());
      dsn.setHeader("Auto-Submitted", "auto-replied"); // RFC 3834: no auto-replies to it
      MimeMultipart report = new ReportMultipart();
      report.addBodyPart(text(explanation(reportingHost, failed), "text/plain; charset=UTF-8"));
      report.addBodyPart(raw(status(reportingHost, arrival, failed), "message/delivery-status"));
      report.addBodyPart(raw(originalHeaders, "text/rfc822-headers"));
      dsn.setContent(report);
      dsn.saveChanges();
      dsn.setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + reportingHost + ">");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      dsn.writeTo(out);
      return out.toByteArray();
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not write a DSN", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String explanation(String host, List<FailedRecipient> failed) {
    StringBuilder text = new StringBuilder();
    text.append("This is the mail system at ")
        .append(host)
        .append(".\r\n\r\n")
        .append("Your message could not be delivered to the following recipients.\r\n")
        .append("您的邮件未能投递给以下收件人。\r\n\r\n");
    for (FailedRecipient r : failed) {
      text.append("<").append(r.address()).append(">");
      if (r.remoteHost() != null) {
        text.append(" (").append(r.remoteHost()).append(")");
      }
      text.append(":\r\n    ").append(r.reply()).append("\r\n");
    }
    text.append("\r\nThe headers of your message are attached.\r\n").append("原邮件的信头附在后面。\r\n");
    return text.toString();
  }

  private static byte[] status(String host, Instant arrival, List<FailedRecipient> failed) {
    StringBuilder text = new StringBuilder();
    text.append("Reporting-MTA: dns; ")
        .append(host)
        .append("\r\n")
        .append("Arrival-Date: ")
        .append(RFC_5322.format(arrival))
        .append("\r\n");
    for (FailedRecipient r : failed) {
      text.append("\r\nFinal-Recipient: rfc822; ")
          .append(r.address())
          .append("\r\n")
          .append("Action: failed\r\n")
          .append("Status: ")
          .append(r.status())
          .append("\r\n");
      if (r.remoteHost() != null) {
        text.append("Remote-MTA: dns; ").append(r.remoteHost()).append("\r\n");
      }
      text.append("Diagnostic-Code: smtp; ")
          .append(oneLine(r.reply()))
          .append("\r\n")
          .append("Last-Attempt-Date: ")
          .append(RFC_5322.format(r.lastAttempt()))
          .append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
  }

  private static MimeBodyPart text(String content, String type) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setContent(content, type); // Jakarta Mail picks QP or base64: the DSN may leave by SMTP
    return part;
  }

  private static MimeBodyPart raw(byte[] content, String type) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
    part.setHeader("Content-Type", type);
    return part;
  }

  /** multipart/report; report-type=delivery-status (RFC 6522 §3). */
  private static final class ReportMultipart extends MimeMultipart {
    ReportMultipart() throws MessagingException {
      super("report");
      ContentType type = new ContentType(contentType);
      type.setParameter("report-type", "delivery-status");
      contentType = type.toString();
    }
  }
}
