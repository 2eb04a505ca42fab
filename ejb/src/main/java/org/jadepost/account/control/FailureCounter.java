package org.jadepost.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (a login or an IP address) in a window and locks a key that reaches the
 * limit, for a fixed time from the failure that locked it. In memory; bounded in size.
 */
final class FailureCounter {

  private static final int MAX_TRACKED = 100_000;

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int limit;
  private final Duration window;
  private final Duration lockDuration;

  FailureCounter(Clock clock, int limit, Duration window, Duration lockDuration) {
    this.clock = clock;
    this.limit = limit;
    this.window = window;
    this.lockDuration = lockDuration;
  }

  boolean locked(String key) {
    Failures entry = failures.get(key);
    return entry != null
        && entry.lockedUntil != null
        && clock.instant().isBefore(entry.lockedUntil);
  }

  /** Counts a failure; returns whether it locked {@code key} just now. */
  boolean failed(String key) {
    if (failures.size() > MAX_TRACKED) {
      failures.values().removeIf(this::stale);
    }
    Instant now = clock.instant();
    Failures after =
        failures.compute(
            key,
            (k, old) -> old == null || stale(old) ? new Failures(now, 1, null) : old.plusOne());
    if (after.count >= limit && after.lockedUntil == null) {
      Failures locked = new Failures(after.since, after.count, now.plus(lockDuration));
      return failures.replace(key, after, locked);
    }
    return false;
  }

  /** Failures of {@code key} in the current window. */
  int count(String key) {
    Failures entry = failures.get(key);
    return entry == null || stale(entry) ? 0 : entry.count;
  }

  void forget(String key) {
    failures.remove(key);
  }

  /** Keys locked now. */
  long lockedCount() {
    return failures.keySet().stream().filter(this::locked).count();
  }

  // Counting starts again once the window since the first failure is over and no lock holds.
  private boolean stale(Failures entry) {
    Instant now = clock.instant();
    if (entry.lockedUntil != null) {
      return !now.isBefore(entry.lockedUntil);
    }
    return entry.since.plus(window).isBefore(now);
  }

  private record Failures(Instant since, int count, Instant lockedUntil) {
    Failures plusOne() {
      return new Failures(since, count + 1, lockedUntil);
    }
  }
}
