package org.jadepost.adapter.imap.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One MIME entity of a message (RFC 2045, RFC 2046), found by {@link MimeScanner} in one streaming
 * pass: where its header and body are in the message's bytes, its header bytes (the only bytes
 * kept), its Content-Type, its body's line count and its children (parts of a multipart, or the
 * message inside message/rfc822). Body bytes stay in the store and are streamed when fetched.
 */
final class MimePart {

  final long start;
  final byte[] header;
  final String type;
  final String subtype;
  final Map<String, String> parameters;
  final List<MimePart> children = new ArrayList<>();
  long bodyStart;
  long end;
  long bodyLines;
  private List<String[]> fields;

  MimePart(long start, byte[] header, boolean digestChild) {
    this.start = start;
    this.header = header;
    String contentType = header("Content-Type");
    String[] pieces = (contentType == null ? "" : contentType).split(";");
    String[] mime = pieces[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
    boolean valid = mime.length == 2 && !mime[0].isEmpty() && !mime[1].isEmpty();
    this.type = valid ? mime[0] : digestChild ? "message" : "text";
    this.subtype = valid ? mime[1] : digestChild ? "rfc822" : "plain";
    this.parameters = valid ? MimeParameters.parse(pieces) : new LinkedHashMap<>();
    if (!valid && !digestChild) {
      parameters.put("charset", "us-ascii");
    }
  }

  /** Whether this is a multipart with a boundary, whose body holds parts. */
  boolean multipart() {
    return type.equals("multipart") && parameters.containsKey("boundary");
  }

  /** Whether this is a message/rfc822, whose body is a message. */
  boolean message() {
    return type.equals("message") && subtype.equals("rfc822");
  }

  /** The value of the first header {@code name}, unfolded, or null. */
  String header(String name) {
    for (String[] field : fields()) {
      if (field[0].equalsIgnoreCase(name)) {
        return field[1];
      }
    }
    return null;
  }

  /**
   * The header fields as (name, unfolded value) pairs, raw bytes as UTF-8. Parsed once: ENVELOPE
   * and BODYSTRUCTURE ask for a dozen fields of every message.
   */
  List<String[]> fields() {
    if (fields == null) {
      fields = parse(new String(header, StandardCharsets.UTF_8));
    }
    return fields;
  }

  // A line starting with a space or tab continues the field before it (RFC 5322 §2.2.3).
  private static List<String[]> parse(String text) {
    List<String[]> parsed = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int at = 0;
    while (at < text.length()) {
      int newline = text.indexOf('\n', at);
      int next = newline < 0 ? text.length() : newline + 1;
      int lineEnd = newline < 0 ? text.length() : newline;
      if (lineEnd > at && text.charAt(lineEnd - 1) == '\r') {
        lineEnd--;
      }
      char first = at < text.length() ? text.charAt(at) : '\n';
      if ((first == ' ' || first == '\t') && field.length() > 0) {
        field.append(text, at, lineEnd);
      } else {
        add(field, parsed);
        field.setLength(0);
        field.append(text, at, lineEnd);
      }
      at = next;
    }
    add(field, parsed);
    return List.copyOf(parsed);
  }

  private static void add(CharSequence field, List<String[]> parsed) {
    String line = field.toString();
    int colon = line.indexOf(':');
    if (colon > 0) {
      parsed.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
    }
  }

  /** The number of octets of the body. */
  long bodySize() {
    return end - bodyStart;
  }
}
