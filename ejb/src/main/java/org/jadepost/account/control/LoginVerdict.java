package org.jadepost.account.control;

import java.util.Optional;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.LoginReason;

/**
 * What {@link LoginVerifier} found: the principal if the login succeeded, the reason either way,
 * and whom the login named, for the login log.
 *
 * @param actor the principal, empty on failure
 * @param reason why it succeeded or failed
 * @param domainId the hosted domain the login named, or {@code null}
 * @param accountId the account the login named, or {@code null}
 * @param accountAddress that account's address, or {@code null}
 * @param codeId the authorization code used, or {@code null}
 */
public record LoginVerdict(
    Optional<Actor> actor,
    LoginReason reason,
    Long domainId,
    Long accountId,
    String accountAddress,
    Long codeId) {

  /** A failure that named no account. */
  static LoginVerdict failed(LoginReason reason, Long domainId) {
    return new LoginVerdict(Optional.empty(), reason, domainId, null, null, null);
  }

  /** The verdict on an empty or over-long login or secret. */
  public static LoginVerdict invalid() {
    return failed(LoginReason.INVALID_LOGIN, null);
  }

  /** The same login, with {@code other} as the reason (for the entry of a lock it set). */
  public LoginVerdict withReason(LoginReason other) {
    return new LoginVerdict(Optional.empty(), other, domainId, accountId, accountAddress, null);
  }

  public boolean succeeded() {
    return actor.isPresent();
  }
}
