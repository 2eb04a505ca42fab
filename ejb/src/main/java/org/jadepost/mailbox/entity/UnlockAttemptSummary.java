package org.jadepost.mailbox.entity;

import java.time.Instant;

/**
 * Read model of one attempt to open a protected folder, for the user's log.
 *
 * @param scope the protected scope
 * @param folderPath the folder that was to open
 * @param outcome right, wrong, the wrong one that locked the folder, or refused during a lock
 * @param attemptedAt when
 */
public record UnlockAttemptSummary(
    LockScope scope, String folderPath, UnlockOutcome outcome, Instant attemptedAt) {

  /** The summary of {@code attempt}. */
  public static UnlockAttemptSummary of(UnlockAttempt attempt) {
    return new UnlockAttemptSummary(
        attempt.getScope(),
        attempt.getFolderPath(),
        attempt.getOutcome(),
        attempt.getAttemptedAt());
  }
}
