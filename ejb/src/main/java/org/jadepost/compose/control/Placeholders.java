package org.jadepost.compose.control;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's placeholders ({name}, {salutation} ...); unknown ones stay as typed so the
 * writer sees what is missing. Values go into HTML, so they are escaped.
 */
public final class Placeholders {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)\\}");

  private Placeholders() {}

  /** {@code text} with every known placeholder replaced by its escaped value. */
  public static String fill(String text, Map<String, String> values, boolean html) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      String replacement = value == null ? m.group() : html ? PlainText.escape(value) : value;
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
