package org.jadepost.bench;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * The messages both servers get, byte for byte: message {@code i} of a folder has one of 40
 * senders, one of seven English subject patterns or (one in five) a Chinese subject as an RFC 2047
 * encoded word, a plain-text body (Chinese text in the Chinese ones, UTF-8, 8bit) padded to the
 * size. Every third message of the search folder is appended \Seen. The search keys' expected
 * hit counts follow from the same rules.
 */
public final class Corpus {
  static final String[] FIRST = {
    "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
    "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "wendy"
  };
  static final String[] LAST = {
    "Li", "Wang", "Zhang", "Liu", "Chen", "Smith", "Jones", "Brown", "Miller", "Davis"
  };
  static final String[] PROJECTS = {
    "Atlas", "Borealis", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris",
    "Juniper", "Kestrel", "Lumen", "Meridian"
  };
  static final String[] PROJECTS_ZH = {"星河", "长城", "翠竹", "海港", "凤凰", "山河", "明月"};
  static final String LOREM =
      "The quarterly figures were reviewed with the team and the open questions are listed below;"
          + " please reply before Friday if anything is missing or wrong.\r\n";
  static final String ZH_BODY = "请查收附件中的会议纪要，如有问题请在周五之前回复。谢谢！\r\n";

  private final int size;
  private final String date;

  public Corpus(int size) {
    this.size = size;
    this.date = ZonedDateTime.now(ZoneOffset.UTC)
        .format(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
  }

  static String sender(int i) {
    int k = i % 40;
    return FIRST[k % 20] + (k < 20 ? "" : ".jr");
  }

  /** 0: English subject; 3: Chinese with 会议 ("meeting"); 7: Chinese without it. */
  static int kind(int i) {
    return switch (i % 10) {
      case 3 -> 3;
      case 7 -> 7;
      default -> 0;
    };
  }

  static String subject(int i) {
    String p = PROJECTS[(i / 7) % PROJECTS.length];
    String zh = PROJECTS_ZH[(i / 10) % PROJECTS_ZH.length];
    return switch (kind(i)) {
      case 3 -> "关于" + zh + "项目会议的安排 第" + i + "号";
      case 7 -> zh + "季度预算报告 " + i;
      default -> switch (i % 7) {
        case 0 -> "Invoice " + i + " for project " + p;
        case 1 -> "Meeting notes: " + p + " review";
        case 2 -> "Weekly report #" + i;
        case 3 -> "Budget " + p + " " + (2020 + i % 7);
        case 4 -> "Release plan for " + p;
        case 5 -> "Travel request " + i;
        default -> "Contract renewal " + p;
      };
    };
  }

  public static boolean seen(int i) {
    return i % 3 == 0;
  }

  /** The search keys of the search workload, and which messages each must find. */
  public enum Search {
    UNSEEN_SUBJECT("UID SEARCH UNSEEN SUBJECT invoice", null),
    FROM("UID SEARCH FROM carol", null),
    CHINESE_SUBJECT("UID SEARCH CHARSET UTF-8 SUBJECT", "会议");

    public final String command;
    /** A UTF-8 argument sent as a literal after the command, or null. */
    public final String literal;

    Search(String command, String literal) {
      this.command = command;
      this.literal = literal;
    }

    public boolean matches(int i) {
      return switch (this) {
        case UNSEEN_SUBJECT -> !seen(i) && subject(i).toLowerCase(Locale.ROOT).contains("invoice");
        case FROM -> sender(i).contains("carol");
        case CHINESE_SUBJECT -> subject(i).contains("会议");
      };
    }

    public int expected(int messages) {
      int n = 0;
      for (int i = 0; i < messages; i++) {
        n += matches(i) ? 1 : 0;
      }
      return n;
    }

    public String shown() {
      return literal == null ? command : command + " " + literal + " (literal)";
    }
  }

  public byte[] message(int i) {
    int k = i % 40;
    String name = FIRST[k % 20].substring(0, 1).toUpperCase(Locale.ROOT) + FIRST[k % 20].substring(1)
        + " " + LAST[(i / 40) % LAST.length];
    String subject = subject(i);
    boolean chinese = kind(i) != 0;
    String encodedSubject = chinese
        ? "=?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?="
        : subject;
    StringBuilder m = new StringBuilder();
    m.append("From: \"").append(name).append("\" <").append(sender(i)).append("@partner")
        .append(k % 5).append(".example>\r\n");
    m.append("To: \"Bench\" <bench@bench.example>\r\n");
    m.append("Subject: ").append(encodedSubject).append("\r\n");
    m.append("Date: ").append(date).append("\r\n");
    m.append(String.format(Locale.ROOT, "Message-ID: <%06d.corpus@bench.example>\r\n", i));
    m.append("MIME-Version: 1.0\r\n");
    m.append("Content-Type: text/plain; charset=UTF-8\r\n");
    m.append("Content-Transfer-Encoding: ").append(chinese ? "8bit" : "7bit").append("\r\n\r\n");
    m.append("Message ").append(i).append(".\r\n");
    String para = chinese ? ZH_BODY + LOREM : LOREM;
    byte[] bytes = m.toString().getBytes(StandardCharsets.UTF_8);
    StringBuilder body = new StringBuilder();
    int used = bytes.length;
    int paraBytes = para.getBytes(StandardCharsets.UTF_8).length;
    while (used + paraBytes + 2 <= size) {
      body.append(para);
      used += paraBytes;
    }
    while (used + 2 < size) {
      body.append('x');
      used++;
    }
    body.append("\r\n");
    return (m + body.toString()).getBytes(StandardCharsets.UTF_8);
  }
}
