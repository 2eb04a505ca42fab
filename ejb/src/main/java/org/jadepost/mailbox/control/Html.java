package org.jadepost.mailbox.control;

import java.util.regex.Pattern;
import org.jadepost.platform.control.HtmlEntities;

/**
 * Reduces HTML to the text a reader sees, for SEARCH: tags, scripts and styles out, entities in.
 */
final class Html {

  private static final Pattern HIDDEN =
      Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\u00a0]+");

  private Html() {}

  /** The text of {@code html}. */
  static String text(String html) {
    String text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
    return SPACES.matcher(HtmlEntities.decode(text)).replaceAll(" ");
  }
}
