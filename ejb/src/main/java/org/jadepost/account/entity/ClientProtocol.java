package org.jadepost.account.entity;

/**
 * The way a login reached the server; recorded in the login log and deciding which secret counts.
 */
public enum ClientProtocol {
  SMTP,
  IMAP,
  POP3,
  WEB,
  API;

  /**
   * Whether this is a mail client's protocol, where an authorization code is accepted and, when the
   * user requires codes, the only secret accepted (T7). The web and the API keep the password.
   */
  public boolean isMailClient() {
    return this == SMTP || this == IMAP || this == POP3;
  }
}
