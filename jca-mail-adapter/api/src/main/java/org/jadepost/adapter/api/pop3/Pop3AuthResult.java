package org.jadepost.adapter.api.pop3;

import java.io.Serializable;
import java.util.Objects;

/**
 * The outcome of {@link Pop3Listener#authenticate}: the canonical identity of the user, or why the
 * attempt was refused.
 *
 * @param identity the authenticated identity, for example {@code alice@example.org}; null on
 *     failure
 * @param failure why the attempt was refused; null on success
 */
public record Pop3AuthResult(String identity, Pop3AuthFailure failure) implements Serializable {

  /** Checks that exactly one of the two is set. */
  public Pop3AuthResult {
    if ((identity == null) == (failure == null)) {
      throw new IllegalArgumentException("exactly one of identity and failure must be set");
    }
  }

  /** The user is {@code identity}. */
  public static Pop3AuthResult success(String identity) {
    return new Pop3AuthResult(Objects.requireNonNull(identity, "identity"), null);
  }

  /** Refuses the attempt for {@code reason}. */
  public static Pop3AuthResult failure(Pop3AuthFailure reason) {
    return new Pop3AuthResult(null, Objects.requireNonNull(reason, "reason"));
  }

  /** Whether the credentials were accepted. */
  public boolean succeeded() {
    return identity != null;
  }
}
