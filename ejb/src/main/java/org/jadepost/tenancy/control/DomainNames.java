package org.jadepost.tenancy.control;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * Normalises domain names to their lower-case ASCII form. Internationalised names such as {@code
 * 例子.中国} are accepted and stored as A-labels ({@code xn--...}), the form DNS and SMTP use.
 */
public final class DomainNames {

  // RFC 1035 §2.3.1 labels (LDH), as relaxed by RFC 1123 §2.1 to allow a leading digit.
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private DomainNames() {}

  /**
   * The canonical form of {@code input}.
   *
   * @throws InvalidRequestException if it is not a valid host name with at least two labels
   */
  public static String normalize(String input) {
    if (input == null || input.isBlank()) {
      throw invalid(String.valueOf(input));
    }
    String ascii;
    try {
      ascii = IDN.toASCII(input.strip(), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw invalid(input);
    }
    if (ascii.endsWith(".")) {
      ascii = ascii.substring(0, ascii.length() - 1);
    }
    String[] labels = ascii.split("\\.", -1);
    if (ascii.length() > 253 || labels.length < 2) {
      throw invalid(input);
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        throw invalid(input);
      }
    }
    return ascii;
  }

  private static InvalidRequestException invalid(String input) {
    return new InvalidRequestException(
        "domain.name.invalid", "Not a valid domain name: " + input, input);
  }
}
