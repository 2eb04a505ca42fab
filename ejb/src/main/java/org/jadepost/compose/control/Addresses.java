package org.jadepost.compose.control;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * Recipient lists as people type and paste them (C1): {@code a@b}, {@code Name <a@b>}, several in
 * one entry separated by commas, semicolons or new lines (as copied from Outlook or a spreadsheet).
 */
public final class Addresses {

  private Addresses() {}

  /** Splits every entry of {@code typed} into single addresses, trimmed, empty ones dropped. */
  public static List<String> split(List<String> typed) {
    List<String> out = new ArrayList<>();
    for (String entry : typed) {
      for (String piece : splitOne(entry == null ? "" : entry)) {
        if (!piece.isBlank()) {
          out.add(piece.strip());
        }
      }
    }
    return out;
  }

  /** Whether {@code one} is a deliverable address (with an optional display name). */
  public static boolean valid(String one) {
    try {
      parseOne(one);
      return true;
    } catch (AddressException e) {
      return false;
    }
  }

  /**
   * Parses every address of {@code typed}; the first bad one gives {@code compose.address.invalid}
   * naming it.
   */
  public static InternetAddress[] parse(List<String> typed) {
    List<String> pieces = split(typed);
    InternetAddress[] out = new InternetAddress[pieces.size()];
    for (int i = 0; i < out.length; i++) {
      try {
        out[i] = parseOne(pieces.get(i));
      } catch (AddressException e) {
        throw new InvalidRequestException(
            "compose.address.invalid", "Not a mail address: " + pieces.get(i), pieces.get(i));
      }
    }
    return out;
  }

  /** The bare address of {@code one}, lower-cased domain, as the SMTP envelope carries it. */
  public static String bare(String one) {
    try {
      String address = parseOne(one).getAddress();
      int at = address.lastIndexOf('@');
      return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase();
    } catch (AddressException e) {
      throw new InvalidRequestException(
          "compose.address.invalid", "Not a mail address: " + one, one);
    }
  }

  private static InternetAddress parseOne(String one) throws AddressException {
    InternetAddress[] parsed = InternetAddress.parseHeader(one.strip(), true);
    if (parsed.length != 1) {
      throw new AddressException("Not one address", one);
    }
    InternetAddress address = parsed[0];
    String bare = address.getAddress();
    int at = bare == null ? -1 : bare.lastIndexOf('@');
    if (at <= 0 || at == bare.length() - 1 || !bare.substring(at + 1).contains(".")) {
      throw new AddressException("No domain", one);
    }
    address.validate();
    return address;
  }

  // Commas inside quotes ("Li, Lei" <l@x>) or angle brackets do not separate.
  private static List<String> splitOne(String entry) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    int angle = 0;
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '<') {
        angle++;
      } else if (!quoted && c == '>' && angle > 0) {
        angle--;
      }
      if (!quoted
          && angle == 0
          && (c == ',' || c == ';' || c == '\n' || c == '\r' || c == '，' || c == '；')) {
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    out.add(current.toString());
    return out;
  }
}
