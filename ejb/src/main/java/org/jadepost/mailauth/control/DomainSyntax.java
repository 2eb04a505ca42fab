package org.jadepost.mailauth.control;

/** The shape checks SPF and DMARC make on domain names taken from DNS and from mail. */
final class DomainSyntax {

  private DomainSyntax() {}

  /**
   * At least two labels of 1 to 63 characters, 253 in all, an optional trailing dot (RFC 7208
   * §4.3). Labels may hold any printable character but dot: macro expansion puts local-parts there.
   */
  static boolean isMultiLabel(String name) {
    if (name == null) {
      return false;
    }
    String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    if (n.isEmpty() || n.length() > 253 || !n.contains(".")) {
      return false;
    }
    for (String label : n.split("\\.", -1)) {
      if (label.isEmpty()
          || label.length() > 63
          || !label.chars().allMatch(c -> c > 32 && c < 127)) {
        return false;
      }
    }
    return true;
  }
}
