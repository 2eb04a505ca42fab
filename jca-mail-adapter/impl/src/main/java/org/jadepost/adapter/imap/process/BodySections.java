package org.jadepost.adapter.imap.process;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jadepost.adapter.api.imap.MessageContent;
import org.jadepost.adapter.imap.request.FetchItem;
import org.jadepost.adapter.imap.response.ImapValue;

/**
 * The value of BODY[section]&lt;partial&gt; (RFC 3501 §6.4.5): header sections from the header
 * bytes the scan kept, body sections as a range of the stored message that the encoder streams.
 */
final class BodySections {

  private BodySections() {}

  static ImapValue section(MimePart message, FetchItem item, MessageContent content) {
    MimePart part = message;
    for (int number : item.part()) {
      part = child(part, number);
      if (part == null) {
        return new ImapValue.Str(new byte[0]);
      }
    }
    boolean nested = !item.part().isEmpty();
    MimePart headerOwner =
        nested && part.message() && !part.children.isEmpty() ? part.children.get(0) : part;
    return switch (item.specifier()) {
      case "HEADER" -> partial(headerOwner.header, item);
      case "TEXT" -> range(content, headerOwner.bodyStart, headerOwner.end, item);
      case "MIME" -> partial(part.header, item);
      case "HEADER.FIELDS", "HEADER.FIELDS.NOT" ->
          partial(fields(headerOwner, item.fields(), item.specifier().endsWith("NOT")), item);
      default ->
          nested
              ? range(content, part.bodyStart, part.end, item)
              : range(content, 0, message.end, item);
    };
  }

  /** Whether {@code item} needs only the top-level header, so the scan can stop there. */
  static boolean headerOnly(FetchItem item) {
    return switch (item.kind()) {
      case ENVELOPE, RFC822_HEADER -> true;
      case SECTION -> item.part().isEmpty() && item.specifier().startsWith("HEADER");
      default -> !item.needsContent();
    };
  }

  /** The bytes {@code from} to {@code to} of the message, streamed, cut to the partial range. */
  static ImapValue range(MessageContent content, long from, long to, FetchItem item) {
    long length = Math.max(0, to - from);
    if (item != null && item.partialStart() >= 0) {
      long skip = Math.min(item.partialStart(), length);
      length = Math.min(item.partialLength(), length - skip);
      from += skip;
    }
    return new ImapValue.Streamed(content, from, length);
  }

  private static MimePart child(MimePart part, int number) {
    MimePart container = part.message() && !part.children.isEmpty() ? part.children.get(0) : part;
    if (!container.type.equals("multipart")) {
      return number == 1 ? container : null;
    }
    return number <= container.children.size() ? container.children.get(number - 1) : null;
  }

  private static byte[] fields(MimePart part, List<String> names, boolean not) {
    String header = new String(part.header, StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String field : header.split("\r?\n(?![ \t])")) {
      int colon = field.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      boolean listed = names.contains(field.substring(0, colon).trim().toUpperCase(Locale.ROOT));
      if (listed != not) {
        out.writeBytes(
            (field.replaceAll("\r?\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static ImapValue partial(byte[] bytes, FetchItem item) {
    if (item.partialStart() < 0) {
      return new ImapValue.Str(bytes);
    }
    int from = (int) Math.min(item.partialStart(), bytes.length);
    int to = (int) Math.min((long) from + item.partialLength(), bytes.length);
    return new ImapValue.Str(Arrays.copyOfRange(bytes, from, to));
  }

  /** The name of the item in the response, for example {@code BODY[1.HEADER]<0>}. */
  static String label(FetchItem item) {
    StringBuilder label = new StringBuilder("BODY[");
    for (int i = 0; i < item.part().size(); i++) {
      label.append(i > 0 ? "." : "").append(item.part().get(i));
    }
    if (!item.specifier().isEmpty()) {
      label.append(item.part().isEmpty() ? "" : ".").append(item.specifier());
    }
    if (!item.fields().isEmpty()) {
      label.append(" (").append(String.join(" ", item.fields())).append(')');
    }
    label.append(']');
    if (item.partialStart() >= 0) {
      label.append('<').append(item.partialStart()).append('>');
    }
    return label.toString();
  }
}
