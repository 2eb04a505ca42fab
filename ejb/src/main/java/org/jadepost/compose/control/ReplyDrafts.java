package org.jadepost.compose.control;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jadepost.compose.entity.Draft;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.jadepost.compose.entity.ReplyMode;
import org.jadepost.mailbox.entity.ReadMessage;
import org.jadepost.mailbox.entity.WebmailPreferences;

/**
 * Starts a reply or forward from a stored message: recipients, the prefixed subject, the thread
 * headers (RFC 5322 §3.6.4), and the quoted original, in the language the user's prefix setting
 * names (L1). Pure.
 */
public final class ReplyDrafts {

  /** The thread headers of the original. */
  public record Thread(String messageId, String references, String replyTo) {}

  private static final Pattern REPLY_PREFIX =
      Pattern.compile("^\\s*(re|aw|答复|回复)\\s*[:：]", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORWARD_PREFIX =
      Pattern.compile("^\\s*(fw|fwd|转发)\\s*[:：]", Pattern.CASE_INSENSITIVE);
  private static final Pattern CID_IMAGE =
      Pattern.compile("(?i)<img\\b[^>]*\\bsrc=\"cid:[^\"]*\"[^>]*>");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

  private ReplyDrafts() {}

  /**
   * The draft that answers {@code original} in {@code mode}, from {@code self} whose own addresses
   * are {@code mine} (lower case).
   */
  public static Draft build(
      ReplyMode mode,
      ReadMessage original,
      Thread thread,
      WebmailPreferences preferences,
      String self,
      Set<String> mine) {
    boolean chinese = "ZH".equals(preferences.prefixStyle());
    boolean forward = mode == ReplyMode.FORWARD || mode == ReplyMode.FORWARD_AS_ATTACHMENT;
    String subject =
        forward
            ? prefixed(original.subject(), FORWARD_PREFIX, preferences.forwardPrefix())
            : prefixed(original.subject(), REPLY_PREFIX, preferences.replyPrefix());
    List<String> to = new ArrayList<>();
    List<String> cc = new ArrayList<>();
    if (!forward) {
      String target = blank(thread.replyTo()) ? original.from() : thread.replyTo();
      to.addAll(others(List.of(target), mine, Set.of()));
      if (to.isEmpty()) {
        to.addAll(Addresses.split(List.of(nullToEmpty(original.from())))); // replying to oneself
      }
      if (mode == ReplyMode.REPLY_ALL) {
        Set<String> taken = keys(to);
        to.addAll(others(List.of(nullToEmpty(original.to())), mine, taken));
        cc.addAll(others(List.of(nullToEmpty(original.cc())), mine, keys(to)));
      }
    }
    String references =
        joined(nullToEmpty(thread.references()), nullToEmpty(thread.messageId())).strip();
    String html =
        switch (mode) {
          case FORWARD_AS_ATTACHMENT -> "<p><br></p>";
          case FORWARD -> "<p><br></p>" + forwardBlock(original, chinese);
          default ->
              preferences.quoteOriginal()
                  ? "<p><br></p>" + quoteBlock(original, chinese)
                  : "<p><br></p>";
        };
    List<OutgoingAttachment> files = new ArrayList<>();
    if (mode == ReplyMode.FORWARD) {
      files.addAll(StoredDrafts.filesOf(original));
    } else if (mode == ReplyMode.FORWARD_AS_ATTACHMENT) {
      String name = (blank(original.subject()) ? "message" : original.subject()) + ".eml";
      files.add(
          new OutgoingAttachment(
              name.replaceAll("[\\\\/:*?\"<>|]", "_"),
              "message/rfc822",
              -1,
              new OutgoingAttachment.StoredMessage(original.folderId(), original.uid())));
    }
    return new Draft(
        null,
        self,
        to,
        cc,
        List.of(),
        subject,
        html,
        false,
        forward || blank(thread.messageId()) ? null : thread.messageId(),
        forward || references.isEmpty() ? null : references,
        files);
  }

  private static String prefixed(String subject, Pattern already, String prefix) {
    String s = nullToEmpty(subject);
    return already.matcher(s).find() ? s : prefix + " " + s;
  }

  // Addresses of the lists, without the user's own and those already taken, each once.
  private static List<String> others(List<String> lists, Set<String> mine, Set<String> taken) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String one : Addresses.split(lists)) {
      if (!Addresses.valid(one)) {
        continue;
      }
      String key = Addresses.bare(one).toLowerCase(Locale.ROOT);
      if (!mine.contains(key) && !taken.contains(key)) {
        out.putIfAbsent(key, one);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static Set<String> keys(List<String> addresses) {
    Set<String> keys = new java.util.HashSet<>();
    for (String a : addresses) {
      if (Addresses.valid(a)) {
        keys.add(Addresses.bare(a).toLowerCase(Locale.ROOT));
      }
    }
    return keys;
  }

  private static String quoteBlock(ReadMessage original, boolean chinese) {
    String when = original.sent() == null ? "" : WHEN.format(original.sent());
    String intro =
        chinese
            ? "在 " + when + "，" + PlainText.escape(original.from()) + " 写道："
            : "On " + when + ", " + PlainText.escape(original.from()) + " wrote:";
    return "<p>"
        + intro
        + "</p><blockquote style=\"margin:0 0 0 .8ex;border-left:2px solid #ccc;padding-left:1ex\">"
        + originalHtml(original)
        + "</blockquote>";
  }

  private static String forwardBlock(ReadMessage original, boolean chinese) {
    String[] labels =
        chinese
            ? new String[] {"---------- 转发的邮件 ----------", "发件人", "日期", "主题", "收件人", "抄送"}
            : new String[] {
              "---------- Forwarded message ----------", "From", "Date", "Subject", "To", "Cc"
            };
    OffsetDateTime sent = original.sent();
    StringBuilder out = new StringBuilder("<p>").append(labels[0]).append("<br>");
    line(out, labels[1], original.from());
    line(out, labels[2], sent == null ? "" : WHEN.format(sent));
    line(out, labels[3], original.subject());
    line(out, labels[4], original.to());
    if (!blank(original.cc())) {
      line(out, labels[5], original.cc());
    }
    return out.append("</p>").append(originalHtml(original)).toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(label).append(": ").append(PlainText.escape(nullToEmpty(value))).append("<br>");
  }

  // The original's own HTML, sanitized, or its text; its inline images stay behind.
  private static String originalHtml(ReadMessage original) {
    if (!blank(original.html())) {
      return CID_IMAGE.matcher(ComposedHtml.sanitize(original.html())).replaceAll("");
    }
    return PlainText.toHtml(original.text());
  }

  private static String joined(String a, String b) {
    return a.isBlank() ? b : b.isBlank() ? a : a + " " + b;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
