package org.jadepost.adapter.imap.session;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Folder names in modified UTF-7 (RFC 3501 §5.1.3), for clients without UTF8=ACCEPT. */
public final class ModifiedUtf7 {

  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

  private ModifiedUtf7() {}

  /** Encodes {@code name}. */
  public static String encode(String name) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < name.length()) {
      char c = name.charAt(i);
      if (c == '&') {
        out.append("&-");
        i++;
      } else if (c >= 0x20 && c <= 0x7e) {
        out.append(c);
        i++;
      } else {
        int start = i;
        while (i < name.length() && (name.charAt(i) < 0x20 || name.charAt(i) > 0x7e)) {
          i++;
        }
        byte[] utf16 = name.substring(start, i).getBytes(StandardCharsets.UTF_16BE);
        out.append('&').append(ENCODER.encodeToString(utf16).replace('/', ',')).append('-');
      }
    }
    return out.toString();
  }

  /** Decodes {@code name}, or empty when it is not valid modified UTF-7. */
  public static Optional<String> decode(String name) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < name.length()) {
      char c = name.charAt(i);
      if (c > 0x7e) {
        return Optional.empty();
      }
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int end = name.indexOf('-', i);
      if (end < 0) {
        return Optional.empty();
      }
      if (end == i + 1) {
        out.append('&');
      } else {
        try {
          byte[] utf16 = Base64.getDecoder().decode(name.substring(i + 1, end).replace(',', '/'));
          if (utf16.length % 2 != 0) {
            return Optional.empty();
          }
          out.append(new String(utf16, StandardCharsets.UTF_16BE));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
      i = end + 1;
    }
    return Optional.of(out.toString());
  }
}
