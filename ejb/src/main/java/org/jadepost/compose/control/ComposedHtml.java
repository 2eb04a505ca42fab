package org.jadepost.compose.control;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Makes the editor's HTML fit to store and send (C2): pasted images ({@code data:} URLs) become
 * inline parts referenced by {@code cid:}, the editor's formatting classes become inline styles
 * that other mail clients understand, and the result is sanitized, so a draft or a sent message
 * never carries script, whatever was pasted.
 */
public final class ComposedHtml {

  /** A pasted image, sent as an inline part of {@code multipart/related}. */
  public record InlineImage(String contentId, String contentType, byte[] content) {

    /** A file name for the part, from its type. */
    public String name() {
      return "image-" + contentId.substring(0, contentId.indexOf('@')) + "." + subtype();
    }

    private String subtype() {
      String subtype = contentType.substring(contentType.indexOf('/') + 1);
      return subtype.equals("jpeg") ? "jpg" : subtype.replaceAll("[^a-z0-9]", "");
    }
  }

  /** The HTML to send and the images it references. */
  public record Body(String html, List<InlineImage> images) {}

  private static final Pattern DATA_IMAGE =
      Pattern.compile(
          "(<img\\b[^>]*?\\bsrc=)([\"'])data:(image/(?:png|jpeg|gif|webp|bmp));base64,([A-Za-z0-9+/=\\s]+)\\2",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG_WITH_CLASS =
      Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:\\s[^<>]*?)?\\sclass=\"[^\"]*\"[^<>]*?)/?>");
  private static final Pattern CID_SOURCE = Pattern.compile("src=\"cid:[^\"]*\"");
  private static final Pattern CLASS = Pattern.compile("\\sclass=\"([^\"]*)\"");
  private static final Pattern STYLE = Pattern.compile("\\sstyle=\"([^\"]*)\"");
  private static final Map<String, String> STYLES =
      Map.ofEntries(
          Map.entry("ql-align-center", "text-align:center"),
          Map.entry("ql-align-right", "text-align:right"),
          Map.entry("ql-align-justify", "text-align:justify"),
          Map.entry("ql-size-small", "font-size:0.75em"),
          Map.entry("ql-size-large", "font-size:1.5em"),
          Map.entry("ql-size-huge", "font-size:2.5em"),
          Map.entry("ql-font-serif", "font-family:Georgia,'Times New Roman',serif"),
          Map.entry("ql-font-monospace", "font-family:Menlo,Consolas,monospace"));

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.STYLES)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("img")
                  .allowAttributes("alt", "width", "height", "title")
                  .onElements("img")
                  .allowAttributes("src")
                  .onElements("img")
                  .allowUrlProtocols("cid", "https", "http")
                  .allowElements("pre", "hr")
                  .toFactory());

  private ComposedHtml() {}

  /** Prepares {@code html} for a message of {@code domain} (the host part of new Content-IDs). */
  public static Body prepare(String html, String domain) {
    List<InlineImage> images = new ArrayList<>();
    Matcher image = DATA_IMAGE.matcher(html == null ? "" : html);
    StringBuilder out = new StringBuilder();
    while (image.find()) {
      byte[] bytes;
      try {
        bytes = Base64.getMimeDecoder().decode(image.group(4));
      } catch (IllegalArgumentException e) {
        image.appendReplacement(out, "$1$2$2");
        continue;
      }
      String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "@" + domain;
      images.add(new InlineImage(id, image.group(3).toLowerCase(), bytes));
      image.appendReplacement(out, Matcher.quoteReplacement(image.group(1) + "\"cid:" + id + "\""));
    }
    image.appendTail(out);
    String sanitized = sanitize(out.toString());
    // Images the sanitizer dropped (a bad cid) must not be sent as orphan parts.
    images.removeIf(i -> !sanitized.contains("cid:" + i.contentId()));
    return new Body(sanitized, images);
  }

  /** Sanitizes HTML that refers to its images by {@code cid:} already (a reopened draft). */
  public static String sanitize(String html) {
    // The sanitizer writes @ as &#64;; cid: references read better, and match naively, without.
    return CID_SOURCE
        .matcher(POLICY.sanitize(styled(html == null ? "" : html)))
        .replaceAll(m -> Matcher.quoteReplacement(m.group().replace("&#64;", "@")));
  }

  // Quill marks alignment, size and font with classes; mail clients need inline styles.
  private static String styled(String html) {
    Matcher tag = TAG_WITH_CLASS.matcher(html);
    StringBuilder out = new StringBuilder();
    while (tag.find()) {
      String attributes = tag.group(2);
      Matcher classes = CLASS.matcher(attributes);
      classes.find();
      StringBuilder style = new StringBuilder();
      for (String name : classes.group(1).trim().split("\\s+")) {
        String css = STYLES.get(name);
        if (css == null && name.startsWith("ql-indent-")) {
          css = indent(name.substring("ql-indent-".length()));
        }
        if (css != null) {
          style.append(css).append(';');
        }
      }
      String rest = classes.replaceFirst("");
      Matcher existing = STYLE.matcher(rest);
      if (existing.find()) {
        style.insert(0, existing.group(1).trim().replaceAll(";?$", ";"));
        rest = existing.replaceFirst("");
      }
      String rebuilt =
          "<" + tag.group(1) + rest + (style.isEmpty() ? "" : " style=\"" + style + "\"") + ">";
      tag.appendReplacement(out, Matcher.quoteReplacement(rebuilt));
    }
    tag.appendTail(out);
    return out.toString();
  }

  private static String indent(String level) {
    try {
      int n = Math.min(Integer.parseInt(level), 8);
      return "padding-left:" + (3 * n) + "em";
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
