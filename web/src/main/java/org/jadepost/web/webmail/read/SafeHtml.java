package org.jadepost.web.webmail.read;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The HTML of a mail made safe to show (OWASP Java HTML Sanitizer): formatting, blocks, tables,
 * links, images and filtered inline styles survive; scripts, event handlers, forms, frames, SVG,
 * meta refresh, {@code <style>} sheets and every URL scheme but http, https, mailto and cid go.
 * Links open in a new window without opener or referrer. {@code cid:} images come from the message
 * itself; remote images are dropped unless the reader asked for them, and counted so the page can
 * offer to show them. The frame's sandbox and Content-Security-Policy are the second wall.
 *
 * @param html the sanitized HTML
 * @param blockedImages how many remote images were left out
 */
public record SafeHtml(String html, int blockedImages) {

  private static final PolicyFactory BASE =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.STYLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a", "font", "center", "hr", "span", "div")
                  .allowAttributes("color", "face", "size")
                  .onElements("font")
                  .allowAttributes("align", "width", "height", "bgcolor", "border")
                  .globally()
                  .allowAttributes("href")
                  .onElements("a")
                  .allowUrlProtocols("http", "https", "mailto")
                  .requireRelsOnLinks("noopener", "noreferrer")
                  .allowElements(
                      (name, attributes) -> {
                        attributes.add("target");
                        attributes.add("_blank");
                        return name;
                      },
                      "a")
                  .toFactory());

  /**
   * Sanitizes {@code html}; {@code inline} gives the URL a {@code cid:} image is shown from (the
   * body frame inlines it as a {@code data:} URL), empty to leave the image out.
   */
  public static SafeHtml of(
      String html, Function<String, Optional<String>> inline, boolean remoteImages) {
    AtomicInteger blocked = new AtomicInteger();
    AttributePolicy source =
        (element, attribute, value) -> image(value, inline, remoteImages, blocked);
    PolicyFactory policy =
        BASE.and(
            new HtmlPolicyBuilder()
                .allowElements("img")
                .allowAttributes("alt", "width", "height", "title")
                .onElements("img")
                .allowAttributes("src")
                .matching(source)
                .onElements("img")
                .allowUrlProtocols("http", "https", "cid", "data")
                .toFactory());
    String safe = policy.sanitize(html == null ? "" : html);
    return new SafeHtml(safe, blocked.get());
  }

  // The src an image keeps: its inline part, a remote URL when allowed, or nothing.
  // Only this decides: an original data: or other URL never passes, whatever the protocol list.
  private static String image(
      String value,
      Function<String, Optional<String>> inline,
      boolean remote,
      AtomicInteger blocked) {
    String src = value.strip();
    String lower = src.toLowerCase(Locale.ROOT);
    if (lower.startsWith("cid:")) {
      return inline.apply(src.substring(4)).orElse(null);
    }
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      if (remote) {
        return src;
      }
      blocked.incrementAndGet();
    }
    return null;
  }
}
