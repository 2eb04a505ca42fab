package org.jadepost.it.ear;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Jakarta Mail as a mail app uses it: submission with STARTTLS and AUTH. */
final class SubmissionClient {

  /** The text every message sent here carries, as the recipient's client decodes it. */
  static final String BODY = "Hello from the EAR.\r\n你好。\r\n";

  private SubmissionClient() {}

  /** Sends a text message from {@code user} to {@code to}; returns its Message-ID. */
  static String send(int port, String user, String password, String to, String subject)
      throws MessagingException {
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
    Session session = Session.getInstance(props);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(user));
    message.setRecipients(MimeMessage.RecipientType.TO, to);
    message.setSubject(subject, "UTF-8");
    message.setText(BODY, "UTF-8");
    message.saveChanges();
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect(user, password);
      transport.sendMessage(message, message.getAllRecipients());
    }
    return message.getMessageID();
  }
}
