package org.jadepost.account.control;

import java.time.Duration;

/**
 * How {@link LoginThrottle} reacts to wrong passwords; set through {@code JADEPOST_LOGIN_*}.
 *
 * @param accountFailures failures of one login within {@code window} that lock it
 * @param addressFailures failures from one IP address within {@code window} that lock it; higher
 *     than per login, since a company's users often share one address
 * @param window how far back failures count
 * @param lockDuration how long a lock lasts
 * @param slowAfter failures of one login answered at once; each further one waits longer
 * @param maxDelay the longest wait before a failure is answered
 */
public record ThrottleLimits(
    int accountFailures,
    int addressFailures,
    Duration window,
    Duration lockDuration,
    int slowAfter,
    Duration maxDelay) {

  public static final int DEFAULT_ACCOUNT_FAILURES = 10;
  public static final int DEFAULT_ADDRESS_FAILURES = 100;
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
  public static final Duration DEFAULT_LOCK = Duration.ofMinutes(15);
  public static final int DEFAULT_SLOW_AFTER = 3;
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(2);

  /** The first slowed-down failure waits this long; each next one twice as long. */
  static final Duration FIRST_DELAY = Duration.ofMillis(250);

  /** The defaults. */
  public static final ThrottleLimits DEFAULT =
      new ThrottleLimits(
          DEFAULT_ACCOUNT_FAILURES,
          DEFAULT_ADDRESS_FAILURES,
          DEFAULT_WINDOW,
          DEFAULT_LOCK,
          DEFAULT_SLOW_AFTER,
          DEFAULT_MAX_DELAY);

  public ThrottleLimits {
    if (accountFailures < 1 || addressFailures < 1 || slowAfter < 0) {
      throw new IllegalArgumentException("Login limits must be positive");
    }
    if (window.isNegative() || window.isZero() || lockDuration.isNegative()) {
      throw new IllegalArgumentException("Login window and lock must be positive");
    }
  }

  /** How long to wait before answering the {@code failures}-th failure of one login in a row. */
  public Duration delayAfter(int failures) {
    int over = failures - slowAfter;
    if (over <= 0) {
      return Duration.ZERO;
    }
    Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(over - 1, 16));
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
