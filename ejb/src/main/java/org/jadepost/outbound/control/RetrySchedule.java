package org.jadepost.outbound.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to try a deferred message again: 1, 5, 15 and 30 minutes, an hour, then every two hours,
 * never past the retry period (the last try falls on its end). After it the message bounces.
 */
public final class RetrySchedule {

  static final List<Duration> DELAYS =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofMinutes(30),
          Duration.ofHours(1));
  static final Duration LATER = Duration.ofHours(2);

  private final Duration period;

  public RetrySchedule(Duration period) {
    this.period = period;
  }

  /**
   * The next attempt after {@code attempts} failed ones, or empty when the period has run out.
   *
   * @param queuedAt when the message was queued
   * @param attempts how many attempts failed so far, this one included
   * @param now the time of the failure
   */
  public Optional<Instant> next(Instant queuedAt, int attempts, Instant now) {
    Instant deadline = queuedAt.plus(period);
    if (!now.isBefore(deadline)) {
      return Optional.empty();
    }
    Duration delay = attempts <= DELAYS.size() ? DELAYS.get(Math.max(0, attempts - 1)) : LATER;
    Instant next = now.plus(delay);
    return Optional.of(next.isAfter(deadline) ? deadline : next);
  }
}
