package org.jadepost.mailbox.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The answer to an attempt to open a protected folder (FEATURES N1).
 *
 * @param outcome what became of the attempt
 * @param retryAt when the folder accepts passwords again, for {@link UnlockOutcome#LOCKED} and
 *     {@link UnlockOutcome#REFUSED}; else empty
 */
public record UnlockResult(UnlockOutcome outcome, Optional<Instant> retryAt) {

  /** An opened folder. */
  public static final UnlockResult OPEN = new UnlockResult(UnlockOutcome.OPENED, Optional.empty());

  /** A wrong password that did not lock the folder. */
  public static final UnlockResult WRONG = new UnlockResult(UnlockOutcome.WRONG, Optional.empty());

  /** Whether the folder opened. */
  public boolean opened() {
    return outcome == UnlockOutcome.OPENED;
  }

  /** The whole minutes, at least one, to wait from {@code now} before the next try; else 0. */
  public long minutesToWait(Instant now) {
    return retryAt
        .map(at -> Duration.between(now, at))
        .filter(d -> !d.isNegative() && !d.isZero())
        .map(d -> Math.max(1, (d.toSeconds() + 59) / 60))
        .orElse(0L);
  }
}
