package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one login within
 * {@link #WINDOW}, that login is refused for the rest of the window, whatever the password. A right
 * password resets the count. Kept in memory per node; a restart forgets it.
 */
@ApplicationScoped
public class LoginThrottle {

  /** Wrong passwords tolerated per window. */
  public static final int MAX_FAILURES = 10;

  /** The window, and the longest a login stays locked. */
  public static final Duration WINDOW = Duration.ofMinutes(5);

  private static final int MAX_TRACKED = 100_000;

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether {@code login} is locked now. */
  public boolean locked(String login) {
    Failures entry = failures.get(key(login));
    return entry != null && entry.count >= MAX_FAILURES && !expired(entry);
  }

  /** Counts a wrong password for {@code login}. */
  public void failed(String login) {
    if (failures.size() > MAX_TRACKED) {
      failures.values().removeIf(this::expired);
    }
    failures.compute(
        key(login),
        (k, old) -> old == null || expired(old) ? new Failures(clock.instant(), 1) : old.plusOne());
  }

  /** Forgets the failures of {@code login} after a right password. */
  public void succeeded(String login) {
    failures.remove(key(login));
  }

  private boolean expired(Failures entry) {
    return entry.since.plus(WINDOW).isBefore(clock.instant());
  }

  private static String key(String login) {
    return login.strip().toLowerCase(Locale.ROOT);
  }

  private record Failures(Instant since, int count) {
    Failures plusOne() {
      return new Failures(since, count + 1);
    }
  }
}
