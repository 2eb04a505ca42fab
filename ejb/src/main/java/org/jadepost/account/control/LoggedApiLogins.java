package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which REST callers had a successful login logged in the last minute. HTTP Basic sends
 * the password with every request, so logging each would write a login log row per API call and
 * bury the logins people look for; one success row per login and client address a minute still
 * shows who used the API from where. Failures, locks and every other protocol are always logged.
 */
@ApplicationScoped
public class LoggedApiLogins {

  static final Duration WINDOW = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private final ConcurrentHashMap<String, Long> until = new ConcurrentHashMap<>();

  /**
   * Whether a successful API login of {@code login} from {@code address} is to be logged now:
   * {@code true} the first time in a window, which starts the window.
   */
  public boolean firstInWindow(String login, String address) {
    long now = System.nanoTime();
    if (until.size() >= MAX_ENTRIES) {
      until.clear();
    }
    boolean[] first = {false};
    until.compute(
        login.toLowerCase(Locale.ROOT) + '\0' + address,
        (key, end) -> {
          if (end != null && end - now > 0) {
            return end;
          }
          first[0] = true;
          return now + WINDOW.toNanos();
        });
    return first[0];
  }
}
