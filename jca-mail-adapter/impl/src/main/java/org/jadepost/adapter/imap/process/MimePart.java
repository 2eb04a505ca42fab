package org.jadepost.adapter.imap.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One MIME entity inside a message's bytes (RFC 2045, RFC 2046): where its header and body are, its
 * Content-Type and its children (parts of a multipart, or the message inside message/rfc822).
 */
final class MimePart {

  final byte[] data;
  final int start;
  final int bodyStart;
  final int end;
  final String type;
  final String subtype;
  final Map<String, String> parameters;
  final List<MimePart> children = new ArrayList<>();

  private MimePart(byte[] data, int start, int end, boolean digestChild) {
    this.data = data;
    this.start = start;
    this.end = end;
    this.bodyStart = headerEnd(data, start, end);
    String contentType = header("Content-Type");
    String[] pieces = (contentType == null ? "" : contentType).split(";");
    String[] mime = pieces[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
    boolean valid = mime.length == 2 && !mime[0].isEmpty() && !mime[1].isEmpty();
    this.type = valid ? mime[0] : digestChild ? "message" : "text";
    this.subtype = valid ? mime[1] : digestChild ? "rfc822" : "plain";
    this.parameters = parameters(valid ? pieces : new String[0]);
    if (!valid && !digestChild) {
      parameters.put("charset", "us-ascii");
    }
    if (type.equals("multipart") && parameters.containsKey("boundary")) {
      splitParts();
    } else if (type.equals("message") && subtype.equals("rfc822")) {
      children.add(new MimePart(data, bodyStart, end, false));
    }
  }

  /** Parses a whole message. */
  static MimePart parse(byte[] data) {
    return new MimePart(data, 0, data.length, false);
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

  /** The header fields as (name, unfolded value) pairs, raw bytes as UTF-8. */
  List<String[]> fields() {
    String text = new String(data, start, bodyStart - start, StandardCharsets.UTF_8);
    List<String[]> fields = new ArrayList<>();
    for (String line : text.split("\r?\n(?![ \t])")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.add(
            new String[] {
              line.substring(0, colon).trim(),
              line.substring(colon + 1).replaceAll("\r?\n", "").trim()
            });
      }
    }
    return fields;
  }

  int bodyLines() {
    int lines = 0;
    for (int i = bodyStart; i < end; i++) {
      if (data[i] == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private void splitParts() {
    byte[] delimiter = ("--" + parameters.get("boundary")).getBytes(StandardCharsets.ISO_8859_1);
    int partStart = -1;
    int i = bodyStart;
    boolean digest = subtype.equals("digest");
    while (i < end) {
      int lineEnd = indexOf(data, (byte) '\n', i, end);
      int next = lineEnd < 0 ? end : lineEnd + 1;
      if (startsWith(data, i, end, delimiter)) {
        int contentEnd = i >= 2 && data[i - 2] == '\r' ? i - 2 : Math.max(i - 1, bodyStart);
        if (partStart >= 0) {
          children.add(new MimePart(data, partStart, Math.max(partStart, contentEnd), digest));
        }
        int after = i + delimiter.length;
        if (after + 1 < end && data[after] == '-' && data[after + 1] == '-') {
          return;
        }
        partStart = next;
      }
      i = next;
    }
    if (partStart >= 0 && partStart < end) {
      children.add(new MimePart(data, partStart, end, digest));
    }
  }

  private static Map<String, String> parameters(String[] pieces) {
    return pieces.length == 0 ? new LinkedHashMap<>() : MimeParameters.parse(pieces);
  }

  private static int headerEnd(byte[] data, int start, int end) {
    if (start < end
        && (data[start] == '\n'
            || (data[start] == '\r' && start + 1 < end && data[start + 1] == '\n'))) {
      return data[start] == '\n' ? start + 1 : start + 2;
    }
    for (int i = start; i < end - 1; i++) {
      if (data[i] == '\n' && data[i + 1] == '\n') {
        return i + 2;
      }
      if (data[i] == '\n' && data[i + 1] == '\r' && i + 2 < end && data[i + 2] == '\n') {
        return i + 3;
      }
    }
    return end;
  }

  private static int indexOf(byte[] data, byte b, int from, int end) {
    for (int i = from; i < end; i++) {
      if (data[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] data, int at, int end, byte[] prefix) {
    if (end - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
