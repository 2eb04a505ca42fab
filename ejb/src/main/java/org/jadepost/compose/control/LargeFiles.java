package org.jadepost.compose.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.jadepost.compose.entity.OutgoingAttachment.TransferLink;

/**
 * The "large files" block a message gets for its transfer-station links (C3): name, size, link and
 * the date until which it works, in the sender's language (both languages while he has not chosen
 * one). The link is also written out, so the plain-text alternative carries it.
 */
public final class LargeFiles {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

  private LargeFiles() {}

  /** Whether {@code a} is a transfer-station link rather than a MIME part. */
  public static boolean isLink(OutgoingAttachment a) {
    return a.source() instanceof TransferLink;
  }

  /**
   * {@code html} with the block of the links among {@code attachments} appended; unchanged without
   * links. {@code language} is the sender's saved language: {@code zh}, {@code en} or empty.
   */
  public static String append(String html, List<OutgoingAttachment> attachments, String language) {
    List<OutgoingAttachment> links = attachments.stream().filter(LargeFiles::isLink).toList();
    if (links.isEmpty()) {
      return html;
    }
    StringBuilder out = new StringBuilder(html == null ? "" : html);
    if (!"en".equals(language)) {
      block(out, links, "大文件（下载链接）", "有效期至");
    }
    if (!"zh".equals(language)) {
      block(out, links, "Large files (download links)", "valid until");
    }
    return out.toString();
  }

  private static void block(
      StringBuilder out, List<OutgoingAttachment> links, String title, String until) {
    out.append("<div class=\"large-files\"><p><strong>").append(title).append("</strong></p><ul>");
    for (OutgoingAttachment a : links) {
      TransferLink link = (TransferLink) a.source();
      String url = PlainText.escape(link.url());
      out.append("<li>")
          .append(PlainText.escape(a.name()))
          .append(" (")
          .append(size(a.size()))
          .append("): <a href=\"")
          .append(url)
          .append("\">")
          .append(url)
          .append("</a> ")
          .append(until)
          .append(' ')
          .append(DAY.format(link.expiresAt()))
          .append("</li>");
    }
    out.append("</ul></div>");
  }

  static String size(long bytes) {
    return bytes >= 1L << 30
        ? String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
  }
}
