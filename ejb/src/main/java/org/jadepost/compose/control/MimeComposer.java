package org.jadepost.compose.control;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.jadepost.compose.entity.Draft;

/**
 * Writes a draft as an RFC 5322 message: {@code multipart/alternative} of a generated plain text
 * and the HTML (in {@code multipart/related} with its pasted images), inside {@code
 * multipart/mixed} when files go with it. Headers and file names in any language are encoded (RFC
 * 2047, RFC 2231).
 */
public final class MimeComposer {

  /** A file to attach, its bytes ready to stream. */
  public record File(String name, String contentType, DataSource data) {}

  /**
   * What the composer adds to the draft.
   *
   * @param displayName the sender's name for the From field
   * @param messageId the Message-ID with angle brackets
   * @param date the Date field
   * @param withBcc whether Bcc and the {@link DraftLinks} are written (drafts keep them; sent mail
   *     never shows Bcc and has its links in the body)
   * @param replyTo the Reply-To address of the user's settings (L1), or blank
   */
  public record Envelope(
      String displayName, String messageId, ZonedDateTime date, boolean withBcc, String replyTo) {}

  private static final Session SESSION = Session.getInstance(new Properties());

  private MimeComposer() {}

  /** Writes {@code draft} with {@code body} and {@code files} to {@code out}. */
  public static void write(
      Draft draft, ComposedHtml.Body body, List<File> files, Envelope envelope, OutputStream out)
      throws IOException {
    try {
      MimeMessage message = new FixedIdMessage(envelope.messageId());
      message.setFrom(address(draft.from(), envelope.displayName()));
      message.setRecipients(Message.RecipientType.TO, Addresses.parse(draft.to()));
      message.setRecipients(Message.RecipientType.CC, Addresses.parse(draft.cc()));
      if (envelope.withBcc()) {
        message.setRecipients(Message.RecipientType.BCC, Addresses.parse(draft.bcc()));
        DraftLinks.write(message, draft.attachments());
      }
      if (envelope.replyTo() != null && !envelope.replyTo().isBlank()) {
        message.setReplyTo(Addresses.parse(List.of(envelope.replyTo())));
      }
      message.setSubject(draft.subject(), "UTF-8");
      message.setSentDate(Date.from(envelope.date().toInstant()));
      if (draft.inReplyTo() != null && !draft.inReplyTo().isBlank()) {
        message.setHeader("In-Reply-To", draft.inReplyTo());
      }
      if (draft.references() != null && !draft.references().isBlank()) {
        message.setHeader("References", draft.references());
      }
      if (draft.receipt()) {
        message.setHeader("Disposition-Notification-To", draft.from());
      }
      message.setHeader("User-Agent", "Jadepost Webmail");
      MimeMultipart alternative = alternative(body);
      if (files.isEmpty()) {
        message.setContent(alternative);
      } else {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setContent(alternative);
        mixed.addBodyPart(text);
        for (File file : files) {
          mixed.addBodyPart(attachment(file));
        }
        message.setContent(mixed);
      }
      message.saveChanges();
      message.writeTo(out);
    } catch (MessagingException e) {
      throw new IOException("Cannot write the message", e);
    }
  }

  private static MimeMultipart alternative(ComposedHtml.Body body) throws MessagingException {
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(PlainText.of(body.html()), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(body.html(), "UTF-8", "html");
    MimeBodyPart rich = html;
    if (!body.images().isEmpty()) {
      MimeMultipart related = new MimeMultipart("related");
      related.addBodyPart(html);
      for (ComposedHtml.InlineImage image : body.images()) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
            new DataHandler(new ByteArrayDataSource(image.content(), image.contentType())));
        part.setContentID("<" + image.contentId() + ">");
        named(part, Part.INLINE, image.contentType(), image.name());
        related.addBodyPart(part);
      }
      rich = new MimeBodyPart();
      rich.setContent(related);
    }
    return new MimeMultipart("alternative", plain, rich);
  }

  private static MimeBodyPart attachment(File file) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(file.data()));
    named(part, Part.ATTACHMENT, file.contentType(), file.name());
    if ("message/rfc822".equals(file.contentType())) {
      // A whole message is 7bit/8bit text by definition (RFC 2046 §5.2.1); never base64 it.
      part.setHeader("Content-Transfer-Encoding", "8bit");
    }
    return part;
  }

  // File names in UTF-8 (RFC 2231) whatever the JVM's default charset, which jakarta.mail would
  // otherwise use and which turns 报价单.pdf into ???.pdf on a server started without a UTF-8 locale.
  private static void named(MimeBodyPart part, String disposition, String type, String name)
      throws MessagingException {
    ParameterList dispositionParameters = new ParameterList();
    dispositionParameters.set("filename", name, "UTF-8");
    part.setHeader(
        "Content-Disposition",
        MimeUtility.fold(
            21, new ContentDisposition(disposition, dispositionParameters).toString()));
    ContentType contentType = new ContentType(type);
    ParameterList typeParameters =
        contentType.getParameterList() == null
            ? new ParameterList()
            : contentType.getParameterList();
    typeParameters.set("name", name, "UTF-8");
    contentType.setParameterList(typeParameters);
    part.setHeader("Content-Type", MimeUtility.fold(14, contentType.toString()));
  }

  private static InternetAddress address(String address, String displayName)
      throws MessagingException {
    InternetAddress parsed = Addresses.parse(List.of(address))[0];
    try {
      return displayName == null || displayName.isBlank()
          ? parsed
          : new InternetAddress(parsed.getAddress(), displayName, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  // MimeMessage.saveChanges() would replace the Message-ID the draft and References rely on.
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(String messageId) {
      super(SESSION);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
