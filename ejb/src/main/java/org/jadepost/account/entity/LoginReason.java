package org.jadepost.account.entity;

/** Why a login attempt ended as it did; the web shows it through {@code loginlog.reason.<NAME>}. */
public enum LoginReason {
  /** Success with the account's password. */
  PASSWORD,
  /** Success with one of the user's authorization codes (T7). */
  CLIENT_CODE,
  WRONG_PASSWORD,
  UNKNOWN_USER,
  ACCOUNT_DISABLED,
  DOMAIN_DISABLED,
  /** The password was right, but the user requires authorization codes for mail clients. */
  CODE_REQUIRED,
  /** A provider administrator has no mailbox to log in to over a mail protocol. */
  NO_MAILBOX,
  /** Empty or over-long login or secret. */
  INVALID_LOGIN,
  ACCOUNT_LOCKED,
  ADDRESS_LOCKED;

  /** Whether this reason is a successful login's. */
  public boolean isSuccess() {
    return this == PASSWORD || this == CLIENT_CODE;
  }
}
