package org.jadepost.adapter.pop3.session;

/** The states of a POP3 session (RFC 1939 §3). */
public enum Pop3SessionState {
  /** After the greeting, until USER/PASS or AUTH succeeds. */
  AUTHORIZATION,
  /** Logged in, the maildrop snapshot open; DELE only marks. */
  TRANSACTION,
  /** After QUIT in TRANSACTION: the marked messages are removed and the connection closes. */
  UPDATE
}
