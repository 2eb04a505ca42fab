package org.jadepost.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The shape of authorization codes (T7): 16 random lower-case letters (75 bits), easy to type on a
 * phone, like the codes of the big Chinese mail providers. Typed codes are compared without spaces
 * and case. The hint, 4 hex digits of the code's SHA-256, picks the one stored code worth the slow
 * hash check; it gives away 16 bits, leaving 59 behind PBKDF2.
 */
public final class ClientCodeFormat {

  /** Letters in a code. */
  public static final int LENGTH = 16;

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ClientCodeFormat() {}

  /** A fresh random code. */
  public static String generate() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** {@code typed} as a code (spaces dropped, lower case), or empty if it cannot be one. */
  public static Optional<String> normalize(String typed) {
    if (typed == null || typed.length() > 2 * LENGTH) {
      return Optional.empty();
    }
    String code = typed.replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
    return code.length() == LENGTH && code.chars().allMatch(c -> c >= 'a' && c <= 'z')
        ? Optional.of(code)
        : Optional.empty();
  }

  /** The lookup hint of a normalized code. */
  public static String hint(String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest, 0, 2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
