package org.jadepost.mailauth.control;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Macro expansion of SPF domain-specs (RFC 7208 §7): {@code %{s} %{l} %{o} %{d} %{i} %{p} %{v}
 * %{h}}, with digit and {@code r} transformers, delimiters, and the escapes {@code %% %_ %-}. An
 * upper-case letter URL-escapes the value (§7.3).
 */
final class SpfMacro {

  /** What the macros refer to during one check_host() call. */
  record Context(
      String sender,
      String localPart,
      String senderDomain,
      String domain,
      InetAddress ip,
      String helo) {

    Context withDomain(String other) {
      return new Context(sender, localPart, senderDomain, other, ip, helo);
    }
  }

  private SpfMacro() {}

  /** Expands {@code spec}; a syntax error is an {@link SpfPermError}. */
  static String expand(String spec, Context ctx) throws SpfPermError {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (++i >= spec.length()) {
        throw new SpfPermError("macro ends after %: " + spec);
      }
      char next = spec.charAt(i);
      switch (next) {
        case '%' -> out.append('%');
        case '_' -> out.append(' ');
        case '-' -> out.append("%20");
        case '{' -> {
          int close = spec.indexOf('}', i);
          if (close < 0) {
            throw new SpfPermError("unclosed macro: " + spec);
          }
          out.append(macro(spec.substring(i + 1, close), ctx));
          i = close;
        }
        default -> throw new SpfPermError("bad macro %" + next + " in " + spec);
      }
    }
    return out.toString();
  }

  private static String macro(String body, Context ctx) throws SpfPermError {
    if (body.isEmpty()) {
      throw new SpfPermError("empty macro");
    }
    char letter = body.charAt(0);
    String value = value(Character.toLowerCase(letter), ctx);
    int pos = 1;
    int digits = 0;
    while (pos < body.length() && Character.isDigit(body.charAt(pos))) {
      digits = digits * 10 + (body.charAt(pos++) - '0');
    }
    boolean reverse = pos < body.length() && Character.toLowerCase(body.charAt(pos)) == 'r';
    if (reverse) {
      pos++;
    }
    String delimiters = body.substring(pos);
    if (!delimiters.chars().allMatch(d -> ".-+,/_=".indexOf(d) >= 0)) {
      throw new SpfPermError("bad macro delimiter in %{" + body + "}");
    }
    if (pos > 1 && digits == 0 && body.charAt(1) == '0') {
      throw new SpfPermError("zero digit transformer in %{" + body + "}");
    }
    List<String> parts = split(value, delimiters.isEmpty() ? "." : delimiters);
    if (reverse) {
      Collections.reverse(parts);
    }
    if (digits > 0 && digits < parts.size()) {
      parts = parts.subList(parts.size() - digits, parts.size());
    }
    String result = String.join(".", parts);
    return Character.isUpperCase(letter)
        ? URLEncoder.encode(result, StandardCharsets.UTF_8).replace("+", "%20")
        : result;
  }

  private static String value(char letter, Context ctx) throws SpfPermError {
    return switch (letter) {
      case 's' -> ctx.sender();
      case 'l' -> ctx.localPart();
      case 'o' -> ctx.senderDomain();
      case 'd' -> ctx.domain();
      case 'i' -> dotted(ctx.ip());
      // "p" needs a validated PTR name; RFC 7208 §7.3 discourages it and allows "unknown".
      case 'p' -> "unknown";
      case 'v' -> ctx.ip() instanceof Inet4Address ? "in-addr" : "ip6";
      case 'h' -> ctx.helo();
      default -> throw new SpfPermError("unknown macro letter " + letter);
    };
  }

  /** IPv4 as usual; IPv6 as 32 dot-separated nibbles (§7.3). */
  static String dotted(InetAddress ip) {
    if (ip instanceof Inet4Address) {
      return ip.getHostAddress();
    }
    StringBuilder nibbles = new StringBuilder();
    for (byte b : ip.getAddress()) {
      nibbles.append(Character.forDigit((b >> 4) & 0xf, 16)).append('.');
      nibbles.append(Character.forDigit(b & 0xf, 16)).append('.');
    }
    return nibbles.substring(0, nibbles.length() - 1).toLowerCase(Locale.ROOT);
  }

  private static List<String> split(String value, String delimiters) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (delimiters.indexOf(c) >= 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }
}
