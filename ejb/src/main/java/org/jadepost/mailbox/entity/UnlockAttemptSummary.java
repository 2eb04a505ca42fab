package org.jadepost.mailbox.entity;

import java.time.Instant;

/**
 * Read model of one attempt to open a protected folder, for the user's log.
 *
 * @param scope the protected scope
 * @param folderPath the folder that was to open
 * @param succeeded whether the password was right
 * @param attemptedAt when
 */
public record UnlockAttemptSummary(
    LockScope scope, String folderPath, boolean succeeded, Instant attemptedAt) {

  /** The summary of {@code attempt}. */
  public static UnlockAttemptSummary of(UnlockAttempt attempt) {
    return new UnlockAttemptSummary(
        attempt.getScope(),
        attempt.getFolderPath(),
        attempt.isSucceeded(),
        attempt.getAttemptedAt());
  }
}
