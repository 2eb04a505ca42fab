package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import org.jadepost.platform.control.ExpiringKeys;

/**
 * Remembers which REST callers had a successful login logged in the last minute. HTTP Basic sends
 * the password with every request, so logging each would write a login log row per API call and
 * bury the logins people look for; one success row per login and client address a minute still
 * shows who used the API from where. Failures, locks and every other protocol are always logged.
 */
@ApplicationScoped
public class LoggedApiLogins {

  static final Duration WINDOW = Duration.ofSeconds(60);

  private final ExpiringKeys logged = new ExpiringKeys(10_000);

  /**
   * Whether a successful API login of {@code login} from {@code address} is to be logged now:
   * {@code true} the first time in a window, which starts the window.
   */
  public boolean firstInWindow(String login, String address) {
    return logged.add(login.toLowerCase(Locale.ROOT) + '\0' + address, WINDOW);
  }
}
