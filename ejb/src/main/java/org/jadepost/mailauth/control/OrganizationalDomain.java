package org.jadepost.mailauth.control;

import java.util.Locale;
import java.util.Set;

/**
 * The organizational domain of RFC 7489 §3.2, by a small built-in heuristic instead of the full
 * Public Suffix List: the registrable part is the last two labels, or the last three under a known
 * two-label public suffix ({@code co.uk}, {@code com.cn}, ...). A suffix missing here only makes
 * relaxed alignment stricter for that country, never looser.
 */
public final class OrganizationalDomain {

  private static final Set<String> TWO_LABEL_SUFFIXES =
      Set.of(
          "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn", "ac.cn", "mil.cn", "com.hk", "net.hk",
          "org.hk", "edu.hk", "gov.hk", "com.tw", "net.tw", "org.tw", "edu.tw", "com.mo", "com.sg",
          "edu.sg", "com.my", "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "co.kr", "or.kr",
          "ac.kr", "co.in", "net.in", "org.in", "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk",
          "ltd.uk", "plc.uk", "co.nz", "org.nz", "com.au", "net.au", "org.au", "edu.au", "gov.au",
          "co.za", "com.br", "net.br", "org.br", "com.mx", "com.ar", "com.tr", "co.il", "com.ru",
          "com.ua", "co.id", "co.th", "com.vn", "com.ph", "com.pk", "com.eg", "com.sa", "co.ke");

  private OrganizationalDomain() {}

  /** The organizational domain of {@code domain} (lower-case, no trailing dot). */
  public static String of(String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    if (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    String[] labels = d.split("\\.");
    if (labels.length <= 2) {
      return d;
    }
    String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
    int keep = TWO_LABEL_SUFFIXES.contains(lastTwo) ? 3 : 2;
    return String.join(
        ".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
  }
}
