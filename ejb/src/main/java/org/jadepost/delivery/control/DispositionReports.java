package org.jadepost.delivery.control;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.jadepost.delivery.entity.DispositionNotification;

/**
 * Reads a received MDN: a {@code multipart/report; report-type=disposition-notification} (RFC 6522)
 * whose {@code message/disposition-notification} part (RFC 8098 §3.1) names the original message,
 * the final recipient and the disposition. Anything else, or an MDN without an Original-Message-ID,
 * is no receipt the sender's mail can show. Pure.
 */
public final class DispositionReports {

  private static final Session SESSION = Session.getInstance(new Properties());
  private static final int MAX_ADDRESS = 320;
  private static final int MAX_ID = 998;

  private DispositionReports() {}

  /** Whether a message with Content-Type {@code contentType} is a disposition report. */
  public static boolean isReport(String contentType) {
    try {
      ContentType type = new ContentType(contentType == null ? "" : contentType);
      return type.match("multipart/report")
          && "disposition-notification".equalsIgnoreCase(type.getParameter("report-type"));
    } catch (jakarta.mail.internet.ParseException e) {
      return false;
    }
  }

  /** The notification {@code raw} carries, if it is an MDN naming its original message. */
  public static Optional<DispositionNotification> parse(InputStream raw)
      throws IOException, MessagingException {
    MimeMessage message = new MimeMessage(SESSION, raw);
    if (!isReport(message.getContentType())) {
      return Optional.empty();
    }
    MimeMultipart report = new MimeMultipart(message.getDataHandler().getDataSource());
    for (int i = 0; i < report.getCount(); i++) {
      BodyPart part = report.getBodyPart(i);
      if (part.isMimeType("message/disposition-notification")) {
        try (InputStream fields = part.getInputStream()) {
          return fields(new InternetHeaders(fields));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DispositionNotification> fields(InternetHeaders fields) {
    String id = fields.getHeader("Original-Message-ID", null);
    String recipient = fields.getHeader("Final-Recipient", null);
    String disposition = fields.getHeader("Disposition", null);
    if (id == null || recipient == null || disposition == null) {
      return Optional.empty();
    }
    String messageId = id.strip();
    // Final-Recipient: address-type ";" generic-address (RFC 8098 §3.2.4)
    String address = recipient.substring(recipient.indexOf(';') + 1).strip();
    if (messageId.isEmpty() || messageId.length() > MAX_ID || address.length() > MAX_ADDRESS) {
      return Optional.empty();
    }
    return Optional.of(new DispositionNotification(messageId, address, type(disposition)));
  }

  // disposition-mode ";" disposition-type [ "/" modifier ] (RFC 8098 §3.2.6)
  private static String type(String disposition) {
    String afterMode = disposition.substring(disposition.indexOf(';') + 1);
    int slash = afterMode.indexOf('/');
    String type = (slash < 0 ? afterMode : afterMode.substring(0, slash)).strip();
    return type.toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
  }
}
