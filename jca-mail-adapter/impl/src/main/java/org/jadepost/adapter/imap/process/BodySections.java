package org.jadepost.adapter.imap.process;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jadepost.adapter.imap.request.FetchItem;

/** The bytes of BODY[section]&lt;partial&gt; (RFC 3501 §6.4.5). */
final class BodySections {

  private BodySections() {}

  static byte[] section(MimePart message, FetchItem item) {
    MimePart part = message;
    for (int number : item.part()) {
      part = child(part, number);
      if (part == null) {
        return new byte[0];
      }
    }
    boolean nested = !item.part().isEmpty();
    MimePart headerOwner =
        nested && part.type.equals("message") && !part.children.isEmpty()
            ? part.children.get(0)
            : part;
    byte[] data = part.data;
    byte[] bytes =
        switch (item.specifier()) {
          case "HEADER" -> slice(data, headerOwner.start, headerOwner.bodyStart);
          case "TEXT" -> slice(data, headerOwner.bodyStart, headerOwner.end);
          case "MIME" -> slice(data, part.start, part.bodyStart);
          case "HEADER.FIELDS", "HEADER.FIELDS.NOT" ->
              fields(headerOwner, item.fields(), item.specifier().endsWith("NOT"));
          default -> nested ? slice(data, part.bodyStart, part.end) : slice(data, 0, data.length);
        };
    return partial(bytes, item);
  }

  private static MimePart child(MimePart part, int number) {
    MimePart container =
        part.type.equals("message") && !part.children.isEmpty() ? part.children.get(0) : part;
    if (!container.type.equals("multipart")) {
      return number == 1 ? container : null;
    }
    return number <= container.children.size() ? container.children.get(number - 1) : null;
  }

  private static byte[] fields(MimePart part, List<String> names, boolean not) {
    String header =
        new String(part.data, part.start, part.bodyStart - part.start, StandardCharsets.UTF_8);
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

  private static byte[] partial(byte[] bytes, FetchItem item) {
    if (item.partialStart() < 0) {
      return bytes;
    }
    int from = (int) Math.min(item.partialStart(), bytes.length);
    int to = (int) Math.min((long) from + item.partialLength(), bytes.length);
    return Arrays.copyOfRange(bytes, from, to);
  }

  private static byte[] slice(byte[] data, int from, int to) {
    return Arrays.copyOfRange(data, from, Math.max(from, to));
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
