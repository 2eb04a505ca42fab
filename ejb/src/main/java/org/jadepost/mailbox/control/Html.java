package org.jadepost.mailbox.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces HTML to the text a reader sees, for SEARCH: tags, scripts and styles out, entities in.
 */
final class Html {

  private static final Pattern HIDDEN =
      Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\u00a0]+");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");

  private Html() {}

  /** The text of {@code html}. */
  static String text(String html) {
    String text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (entity.find()) {
      entity.appendReplacement(out, Matcher.quoteReplacement(character(entity.group(1))));
    }
    entity.appendTail(out);
    return SPACES.matcher(out).replaceAll(" ");
  }

  private static String character(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return " ";
    }
    return switch (name) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> " ";
    };
  }
}
