package org.jadepost.blackbox.server;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code bin/jadepost run} printed when the server became ready.
 *
 * @param text the console output of this start, from the launcher's first line to the banner's last
 * @param generatedAdminPassword the administrator password, when the banner shows a generated one
 */
public record Banner(String text, Optional<String> generatedAdminPassword) {

  /** The line that ends the banner; the server is ready once it is printed. */
  static final String LAST_LINE = "Press Ctrl-C to stop.";

  private static final Pattern ADMIN_LOGIN =
      Pattern.compile("^\\s*Administrator login\\s+admin / (\\S.*?)\\s*$", Pattern.MULTILINE);

  /** The banner in {@code output}, if it is complete. */
  static Optional<Banner> find(String output) {
    if (!output.contains("Jadepost is running.") || !output.contains(LAST_LINE)) {
      return Optional.empty();
    }
    return Optional.of(new Banner(output, generatedPassword(output)));
  }

  /** The password after "admin / ", unless it is a parenthesised hint instead of a password. */
  static Optional<String> generatedPassword(String output) {
    Matcher login = ADMIN_LOGIN.matcher(output);
    return login.find() && !login.group(1).startsWith("(")
        ? Optional.of(login.group(1))
        : Optional.empty();
  }

  /** The administrator line as printed, for assertions on its wording. */
  public String adminLoginLine() {
    Matcher login = ADMIN_LOGIN.matcher(text);
    return login.find() ? login.group().strip() : "";
  }
}
