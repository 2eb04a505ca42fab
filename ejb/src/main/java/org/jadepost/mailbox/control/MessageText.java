package org.jadepost.mailbox.control;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The searchable text of a raw message (SEARCH HEADER, BODY, TEXT, RFC 3501 §6.4.4): its header
 * fields with MIME encoded-words decoded (RFC 2047), and the text of every {@code text/*} part with
 * its transfer encoding and charset decoded (GBK, GB2312, Big5, UTF-8 ...), HTML reduced to its
 * text, attached messages included. Lower-cased for case-insensitive matching. Pure: no store.
 */
public final class MessageText {

  /** Text beyond this per message is not searched. */
  static final int MAX_TEXT = 8 << 20;

  private static final int MAX_DEPTH = 8;
  static final Session SESSION = session();

  private final List<String[]> headers;
  private final String date;
  private final StringBuilder body = new StringBuilder();
  private final List<String> attachments = new ArrayList<>();

  private MessageText(List<String[]> headers, String date) {
    this.headers = headers;
    this.date = date;
  }

  /** The text of the message in {@code raw}; broken parts are skipped, never thrown. */
  public static MessageText parse(InputStream raw) throws IOException {
    try {
      MimeMessage message =
          new MimeMessage(SESSION, new SharedByteArrayInputStream(raw.readAllBytes()));
      MessageText text = new MessageText(headers(message), message.getHeader("Date", null));
      text.collect(message, 0);
      return text;
    } catch (MessagingException e) {
      throw new IOException("Not a message", e);
    }
  }

  /** The Date header as written, if there is one. */
  public Optional<String> date() {
    return Optional.ofNullable(date);
  }

  /** Whether header {@code name} contains {@code value} (lower case), or exists if it is empty. */
  public boolean header(String name, String value) {
    for (String[] field : headers) {
      if (field[0].equalsIgnoreCase(name) && field[1].contains(value)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the body contains {@code value} (lower case). */
  public boolean body(String value) {
    return body.indexOf(value) >= 0;
  }

  /** The values of header {@code name} (decoded, lower case), one per line. */
  public String headerText(String name) {
    StringBuilder text = new StringBuilder();
    for (String[] field : headers) {
      if (field[0].equalsIgnoreCase(name)) {
        text.append(field[1]).append('\n');
      }
    }
    return text.toString();
  }

  /** The decoded text of the body's text parts (lower case). */
  public String bodyText() {
    return body.toString();
  }

  /** The file names of the parts that carry one (decoded, lower case). */
  public List<String> attachmentNames() {
    return List.copyOf(attachments);
  }

  /** Whether a header field or the body contains {@code value} (lower case). */
  public boolean text(String value) {
    return headers.stream().anyMatch(f -> f[1].contains(value) || f[0].contains(value))
        || body(value);
  }

  private static List<String[]> headers(MimePart part) throws MessagingException {
    List<String[]> fields = new ArrayList<>();
    for (Enumeration<Header> all = part.getAllHeaders(); all.hasMoreElements(); ) {
      Header header = all.nextElement();
      fields.add(
          new String[] {
            header.getName().toLowerCase(Locale.ROOT), lower(decode(header.getValue()))
          });
    }
    return fields;
  }

  private void collect(Part part, int depth) throws MessagingException, IOException {
    if (depth > MAX_DEPTH || body.length() > MAX_TEXT) {
      return;
    }
    ContentType type = contentType(part);
    fileName(part).ifPresent(attachments::add);
    if (type.match("multipart/*")) {
      Multipart multipart =
          new MimeMultipart(new ByteArrayDataSource(decoded(part), type.toString()));
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), depth + 1);
      }
    } else if (type.match("message/rfc822")) {
      MimeMessage inner = new MimeMessage(SESSION, decoded(part));
      headers(inner).forEach(f -> body.append(f[1]).append('\n'));
      collect(inner, depth + 1);
    } else if (type.getPrimaryType().equalsIgnoreCase("text")) {
      String text = Charsets.decode(decoded(part).readAllBytes(), type.getParameter("charset"));
      body.append(lower(type.match("text/html") ? Html.text(text) : text)).append('\n');
    }
  }

  private static Optional<String> fileName(Part part) {
    try {
      return Optional.ofNullable(part.getFileName())
          .map(MessageText::decode)
          .map(MessageText::lower)
          .filter(name -> !name.isBlank());
    } catch (MessagingException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static InputStream decoded(Part part) throws MessagingException, IOException {
    InputStream raw =
        part instanceof MimeMessage message
            ? message.getRawInputStream()
            : ((MimeBodyPart) part).getRawInputStream();
    String encoding = ((MimePart) part).getEncoding();
    return encoding == null ? raw : MimeUtility.decode(raw, encoding);
  }

  static ContentType contentType(Part part) throws MessagingException {
    try {
      String value = part.getContentType();
      return new ContentType(value == null ? "text/plain" : value);
    } catch (ParseException e) {
      return new ContentType("application", "octet-stream", null);
    }
  }

  static String decode(String value) {
    if (value == null) {
      return "";
    }
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(value));
    } catch (UnsupportedEncodingException | RuntimeException e) {
      return value;
    }
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static Session session() {
    Properties properties = new Properties();
    properties.setProperty("mail.mime.allowutf8", "true");
    properties.setProperty("mail.mime.decodetext.strict", "false");
    properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
    return Session.getInstance(properties);
  }
}
