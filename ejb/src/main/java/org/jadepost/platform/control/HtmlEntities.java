package org.jadepost.platform.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes the character references of HTML text: numeric ones and the few names mail uses. */
public final class HtmlEntities {

  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");

  private HtmlEntities() {}

  /** {@code text} with its character references replaced; unknown names become a space. */
  public static String decode(String text) {
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (entity.find()) {
      entity.appendReplacement(out, Matcher.quoteReplacement(character(entity.group(1))));
    }
    entity.appendTail(out);
    return out.toString();
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
