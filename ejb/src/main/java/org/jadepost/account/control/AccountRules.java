package org.jadepost.account.control;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jadepost.platform.entity.InvalidRequestException;

/** The rules for local parts, display names and passwords (FEATURES B2). */
public final class AccountRules {

  /** The shortest password the policy accepts. */
  public static final int MIN_PASSWORD_LENGTH = 8;

  // A dot-atom local part (RFC 5322 §3.4.1) restricted to what every client and MTA handles.
  private static final Pattern LOCAL_PART =
      Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final int MAX_LOCAL_PART = 64;
  private static final int MAX_DISPLAY_NAME = 200;

  private AccountRules() {}

  /** The canonical (lower-case) local part, or an error naming the input. */
  public static String localPart(String input) {
    String value = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
    if (value.isEmpty()
        || value.length() > MAX_LOCAL_PART
        || !LOCAL_PART.matcher(value).matches()) {
      throw new InvalidRequestException(
          "account.localpart.invalid", "Not a valid mailbox name: " + input, String.valueOf(input));
    }
    return value;
  }

  /** The display name to store; falls back to the local part when none is given. */
  public static String displayName(String input, String localPart) {
    String value = input == null ? "" : input.strip();
    if (value.length() > MAX_DISPLAY_NAME || value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestException(
          "account.displayname.invalid", "Display name is too long or has control characters");
    }
    return value.isEmpty() ? localPart : value;
  }

  /**
   * Checks {@code password} against the policy: at least {@value #MIN_PASSWORD_LENGTH} characters,
   * a letter and a digit, and not the same as the login name.
   */
  public static void checkPassword(String password, String localPart) {
    boolean ok =
        password != null
            && password.length() >= MIN_PASSWORD_LENGTH
            && password.length() <= 256
            && password.chars().anyMatch(Character::isLetter)
            && password.chars().anyMatch(Character::isDigit)
            && !password.equalsIgnoreCase(localPart);
    if (!ok) {
      throw new InvalidRequestException(
          "account.password.weak",
          "The password needs at least "
              + MIN_PASSWORD_LENGTH
              + " characters with a letter and a digit, and must differ from the login name",
          String.valueOf(MIN_PASSWORD_LENGTH));
    }
  }
}
