package org.jadepost.it.ear;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Jakarta Mail as a mail app uses it: submission with STARTTLS and AUTH. */
final class SubmissionClient {

  /** The text every message sent here carries, as the recipient's client decodes it. */
  static final String BODY = "Hello from the EAR.\r\n你好。\r\n";

  private SubmissionClient() {}

  /** Sends a text message from {@code user} to {@code to}; returns its Message-ID. */
  static String send(int port, String user, String password, String to, String subject)
      throws MessagingException {
    Session session = session(port);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(user));
    message.setRecipients(MimeMessage.RecipientType.TO, to);
    message.setSubject(subject, "UTF-8");
    message.setText(BODY, "UTF-8");
    message.saveChanges();
    submit(session, message, user, password);
    return message.getMessageID();
  }

  /**
   * Sends the read receipt {@code reader} gives {@code sender} for message {@code originalId}: an
   * RFC 8098 MDN ("displayed"), as a mail app writes it, with a null envelope sender.
   */
  static void sendReceipt(
      int port, String reader, String password, String sender, String originalId)
      throws MessagingException {
    String mdn =
        String.join(
            "\r\n",
            "From: " + reader,
            "To: " + sender,
            "Subject: Read: your message",
            "MIME-Version: 1.0",
            "Content-Type: multipart/report; report-type=disposition-notification;"
                + " boundary=\"=_mdn\"",
            "",
            "--=_mdn",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Your message was displayed.",
            "--=_mdn",
            "Content-Type: message/disposition-notification",
            "",
            "Reporting-UA: client.test; Jakarta Mail",
            "Final-Recipient: rfc822;" + reader,
            "Original-Message-ID: " + originalId,
            "Disposition: manual-action/MDN-sent-manually; displayed",
            "",
            "--=_mdn--",
            "");
    Session session = session(port);
    session.getProperties().put("mail.smtp.from", ""); // MAIL FROM:<> (RFC 8098 §2.1)
    MimeMessage message =
        new MimeMessage(session, new ByteArrayInputStream(mdn.getBytes(StandardCharsets.UTF_8)));
    message.setSentDate(new Date());
    submit(session, message, reader, password);
  }

  private static Session session(int port) {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.localhost", "client.test");
    props.put("mail.smtp.auth", "true");
    props.put("mail.smtp.starttls.enable", "true");
    props.put("mail.smtp.starttls.required", "true");
    props.put("mail.smtp.ssl.trust", "*"); // the test server's certificate is self-signed
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "30000");
    return Session.getInstance(props);
  }

  private static void submit(Session session, MimeMessage message, String user, String password)
      throws MessagingException {
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect(user, password);
      transport.sendMessage(message, message.getAllRecipients());
    }
  }
}
