package org.jadepost.adapter.api.pop3;

/**
 * Why a POP3 login was refused; the adapter turns each into an {@code -ERR} with the response code
 * of RFC 3206, so a client knows whether to ask the user for a new password.
 */
public enum Pop3AuthFailure {
  /** Wrong user name or password, or an account that may not log in: {@code [AUTH]}. */
  CREDENTIALS,
  /** Too many failed attempts just now; try again later: {@code [AUTH]} with that advice. */
  LOCKED,
  /** A problem on the server's side: {@code [SYS/TEMP]}. */
  TEMPORARY
}
