package org.jadepost.adapter.smtp.command;

import java.util.Locale;
import java.util.Optional;

/**
 * Parses {@code FROM:<path> params} and {@code TO:<path> params} (RFC 5321 §4.1.2). Lenient where
 * real clients are sloppy (a space after the colon), strict about what ends up in the envelope: no
 * spaces, controls or angle brackets inside the address.
 */
public final class PathParser {

  /**
   * A parsed path.
   *
   * @param address the address without brackets and source route; empty for {@code <>}
   * @param parameters the text after the closing bracket, trimmed
   */
  public record ParsedPath(String address, String parameters) {

    /** Whether the address contains non-ASCII characters, which needs SMTPUTF8 (RFC 6531). */
    public boolean isInternational() {
      return address.chars().anyMatch(c -> c > 0x7f);
    }
  }

  private PathParser() {}

  /** Parses {@code arguments} that must start with {@code keyword} (FROM or TO) and a colon. */
  public static Optional<ParsedPath> parse(String arguments, String keyword) {
    String prefix = keyword + ":";
    if (!arguments.toUpperCase(Locale.ROOT).startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = arguments.substring(prefix.length()).stripLeading();
    int close = rest.indexOf('>');
    if (!rest.startsWith("<") || close < 0) {
      return Optional.empty();
    }
    String path = rest.substring(1, close);
    // RFC 5321 §4.1.1.3: a source route "@a,@b:" is accepted and ignored.
    if (path.startsWith("@")) {
      int colon = path.indexOf(':');
      path = colon < 0 ? "\u0000" : path.substring(colon + 1);
    }
    if (!validAddress(path)) {
      return Optional.empty();
    }
    return Optional.of(new ParsedPath(path, rest.substring(close + 1).strip()));
  }

  private static boolean validAddress(String path) {
    if (path.isEmpty()) {
      return true;
    }
    int at = path.lastIndexOf('@');
    if (at < 1 || at == path.length() - 1) {
      return false;
    }
    return path.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == 0x7f);
  }
}
