package org.jadepost.adapter.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * The outcome of {@link SmtpListener#authenticate}: the canonical identity of the user, or the
 * reply refusing the attempt.
 *
 * @param identity the authenticated identity, for example {@code alice@example.org}; null on
 *     failure
 * @param failure the reply to send on failure; null on success
 */
public record SmtpAuthResult(String identity, SmtpReply failure) implements Serializable {

  /** Checks that exactly one of the two is set and that a failure is not a 2xx. */
  public SmtpAuthResult {
    if ((identity == null) == (failure == null)) {
      throw new IllegalArgumentException("exactly one of identity and failure must be set");
    }
    if (failure != null && failure.isPositive()) {
      throw new IllegalArgumentException("a failure must not be 2xx: " + failure);
    }
  }

  /** The user is {@code identity}. */
  public static SmtpAuthResult success(String identity) {
    return new SmtpAuthResult(Objects.requireNonNull(identity, "identity"), null);
  }

  /** Refuses the attempt with {@code reply}, normally {@link SmtpReply#AUTH_FAILED}. */
  public static SmtpAuthResult failure(SmtpReply reply) {
    return new SmtpAuthResult(null, Objects.requireNonNull(reply, "reply"));
  }

  /** Whether the credentials were accepted. */
  public boolean succeeded() {
    return identity != null;
  }
}
