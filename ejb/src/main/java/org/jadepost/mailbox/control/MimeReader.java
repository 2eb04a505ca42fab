package org.jadepost.mailbox.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jadepost.mailbox.entity.MessageAttachment;
import org.jadepost.mailbox.entity.MessagePart;
import org.jadepost.mailbox.entity.ReadMessage;

/**
 * Splits a raw message into what the reading pane shows: decoded headers, the HTML or text body,
 * and its leaf parts numbered depth-first (the number addresses a part in download and inline image
 * URLs). Broken MIME never throws: an unparsable message is shown as its raw text. Pure.
 */
public final class MimeReader {

  private static final int MAX_DEPTH = 8;

  private final List<Part> leaves = new ArrayList<>();

  private MimeReader(byte[] raw) {
    try {
      walk(new MimeMessage(MessageText.SESSION, new SharedByteArrayInputStream(raw)), 0);
    } catch (MessagingException | IOException | RuntimeException e) {
      leaves.clear();
    }
  }

  /** The reading-pane view of {@code raw}, message {@code uid} of folder {@code folderId}. */
  public static ReadMessage read(long folderId, long uid, byte[] raw) {
    try {
      MimeMessage message =
          new MimeMessage(MessageText.SESSION, new SharedByteArrayInputStream(raw));
      MimeReader reader = new MimeReader(raw);
      return new ReadMessage(
          folderId,
          uid,
          header(message, "Subject"),
          header(message, "From"),
          header(message, "To"),
          header(message, "Cc"),
          sent(message.getHeader("Date", null)),
          reader.body("text/html").orElse(null),
          reader.body("text/plain").orElse(""),
          reader.attachments(),
          blankToNull(header(message, "Disposition-Notification-To")),
          false);
    } catch (MessagingException | RuntimeException e) {
      String text = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
      return new ReadMessage(
          folderId, uid, "", "", "", "", null, null, text, List.of(), null, false);
    }
  }

  /** The decoded part number {@code index} of {@code raw}. */
  public static Optional<MessagePart> part(byte[] raw, int index) {
    MimeReader reader = new MimeReader(raw);
    if (index < 0 || index >= reader.leaves.size()) {
      return Optional.empty();
    }
    return Optional.of(reader.content(index));
  }

  /** The decoded part of {@code raw} whose Content-ID is {@code contentId} (cid: URLs). */
  public static Optional<MessagePart> inline(byte[] raw, String contentId) {
    MimeReader reader = new MimeReader(raw);
    for (MessageAttachment a : reader.attachments()) {
      if (contentId.equals(a.contentId())) {
        return Optional.of(reader.content(a.index()));
      }
    }
    return Optional.empty();
  }

  private void walk(Part part, int depth) throws MessagingException, IOException {
    ContentType type = MessageText.contentType(part);
    if (depth < MAX_DEPTH && type.match("multipart/*")) {
      Multipart multipart =
          new MimeMultipart(new ByteArrayDataSource(MessageText.decoded(part), type.toString()));
      for (int i = 0; i < multipart.getCount(); i++) {
        walk(multipart.getBodyPart(i), depth + 1);
      }
    } else {
      leaves.add(part);
    }
  }

  private Optional<String> body(String type) {
    for (Part leaf : leaves) {
      try {
        ContentType contentType = MessageText.contentType(leaf);
        if (contentType.match(type) && !attachment(leaf)) {
          byte[] bytes = MessageText.decoded(leaf).readAllBytes();
          return Optional.of(Charsets.decode(bytes, contentType.getParameter("charset")));
        }
      } catch (MessagingException | IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private List<MessageAttachment> attachments() {
    List<MessageAttachment> found = new ArrayList<>();
    boolean textSeen = false;
    boolean htmlSeen = false;
    for (int i = 0; i < leaves.size(); i++) {
      Part leaf = leaves.get(i);
      String type = baseType(leaf);
      boolean body = !attachment(leaf) && (type.equals("text/plain") || type.equals("text/html"));
      if (body && (type.equals("text/plain") ? !textSeen : !htmlSeen)) {
        textSeen |= type.equals("text/plain");
        htmlSeen |= type.equals("text/html");
        continue;
      }
      MessagePart content = content(i);
      String cid = contentId(leaf);
      boolean inline = cid != null && type.startsWith("image/") && !attachment(leaf);
      found.add(
          new MessageAttachment(i, content.name(), type, content.content().length, cid, inline));
    }
    return found;
  }

  private MessagePart content(int index) {
    Part leaf = leaves.get(index);
    byte[] bytes;
    try {
      bytes = MessageText.decoded(leaf).readAllBytes();
    } catch (MessagingException | IOException | RuntimeException e) {
      bytes = new byte[0];
    }
    return new MessagePart(fileName(leaf, index), baseType(leaf), bytes);
  }

  private static String fileName(Part leaf, int index) {
    try {
      String name = leaf.getFileName();
      if (name != null && !name.isBlank()) {
        return MessageText.decode(name).replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
      }
    } catch (MessagingException | RuntimeException e) {
      // a broken Content-Disposition: fall through to a generated name
    }
    return "part-" + (index + 1);
  }

  private static String baseType(Part part) {
    try {
      return MessageText.contentType(part).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      return "application/octet-stream";
    }
  }

  private static boolean attachment(Part part) {
    try {
      return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
    } catch (MessagingException | RuntimeException e) {
      return false;
    }
  }

  private static String contentId(Part part) {
    try {
      String[] ids = part.getHeader("Content-ID");
      return ids == null ? null : ids[0].strip().replaceAll("^<|>$", "");
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private static String header(MimeMessage message, String name) throws MessagingException {
    return MessageText.decode(message.getHeader(name, ", "));
  }

  /** The Date header with its own offset (RFC 5322 §3.3), or null when missing or malformed. */
  static OffsetDateTime sent(String date) {
    if (date == null) {
      return null;
    }
    String clean = date.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip().replaceAll("\\s+", " ");
    try {
      return OffsetDateTime.parse(clean, DateTimeFormatter.RFC_1123_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
