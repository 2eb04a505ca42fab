package org.jadepost.account.entity;

/** What became of a login attempt, as the login log shows it (B4). */
public enum LoginResult {
  /** The secret was right and the principal may log in. */
  SUCCESS,
  /** Refused: wrong secret, unknown user, disabled, or code required. */
  FAILURE,
  /** Refused without checking the secret, because the account or the address is locked. */
  REFUSED,
  /** Not an attempt: this failure locked the account or the address (the reason says which). */
  LOCKED
}
