package org.jadepost.compose.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.platform.control.HtmlEntities;

/**
 * The text/plain alternative of a composed HTML body: block elements become line breaks, list items
 * get a dash, links keep their address, entities are decoded.
 */
public final class PlainText {

  private static final Pattern HIDDEN =
      Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern LINK =
      Pattern.compile("(?is)<a\\b[^>]*\\bhref=\"(https?:[^\"]*|mailto:[^\"]*)\"[^>]*>(.*?)</a>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|h[1-6]|tr)>");
  private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern QUOTE = Pattern.compile("(?i)<blockquote\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

  private PlainText() {}

  /** The text of {@code html}, lines separated by LF. */
  public static String of(String html) {
    String text = HIDDEN.matcher(html).replaceAll("");
    text =
        LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(link(m.group(1), m.group(2))));
    text = BREAK.matcher(text).replaceAll("\n");
    text = ITEM.matcher(text).replaceAll("\n- ");
    text = QUOTE.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = HtmlEntities.decode(text.replace("\r", "").replace("&nbsp;", " "));
    return BLANK_LINES.matcher(text.strip()).replaceAll("\n\n") + "\n";
  }

  private static String link(String target, String content) {
    String href = target.replace("&amp;", "&");
    String label = TAG.matcher(content).replaceAll("").strip();
    String address = href.startsWith("mailto:") ? href.substring(7) : href;
    return label.isEmpty() || label.equals(address) ? address : label + " <" + address + ">";
  }

  /** {@code text} escaped for HTML content and attribute values. */
  public static String escape(String text) {
    return (text == null ? "" : text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** {@code text} as one HTML paragraph, its line breaks kept. */
  public static String toHtml(String text) {
    return "<p>" + escape(text).replace("\r\n", "\n").replace("\n", "<br>") + "</p>";
  }
}
