package org.jadepost.mailauth.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The header section of a stored message as unfolded fields, read without loading the body. */
final class HeaderFields {

  /** One header field; {@code name} lower-case, {@code value} unfolded and stripped. */
  record Field(String name, String value) {}

  private HeaderFields() {}

  static List<Field> read(Path message) throws IOException {
    List<Field> fields = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(message))) {
      StringBuilder current = null;
      String line;
      while ((line = line(in)) != null && !line.isEmpty()) {
        if ((line.startsWith(" ") || line.startsWith("\t")) && current != null) {
          current.append(' ').append(line.strip());
          continue;
        }
        add(fields, current);
        current = new StringBuilder(line);
      }
      add(fields, current);
    }
    return fields;
  }

  /** The lower-case names, in order, each once. */
  static List<String> names(List<Field> fields) {
    return fields.stream().map(Field::name).distinct().toList();
  }

  private static void add(List<Field> fields, StringBuilder raw) {
    if (raw == null) {
      return;
    }
    int colon = raw.indexOf(":");
    if (colon > 0) {
      fields.add(
          new Field(
              raw.substring(0, colon).strip().toLowerCase(Locale.ROOT),
              raw.substring(colon + 1).strip()));
    }
  }

  /** One line without its CRLF or LF, decoded as UTF-8 (RFC 6532); null at the end. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      bytes.write(b);
    }
    if (b == -1 && bytes.size() == 0) {
      return null;
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
