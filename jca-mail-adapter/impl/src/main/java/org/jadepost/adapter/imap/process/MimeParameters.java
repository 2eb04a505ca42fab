package org.jadepost.adapter.imap.process;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Parameters of a structured MIME header such as Content-Disposition (RFC 2045 §5.1). */
final class MimeParameters {

  private MimeParameters() {}

  static Map<String, String> parse(String[] pieces) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 1; i < pieces.length; i++) {
      int eq = pieces[i].indexOf('=');
      if (eq > 0) {
        String value = pieces[i].substring(eq + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        map.put(pieces[i].substring(0, eq).trim().toLowerCase(Locale.ROOT), value);
      }
    }
    return map;
  }
}
