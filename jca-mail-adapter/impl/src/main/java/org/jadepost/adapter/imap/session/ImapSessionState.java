package org.jadepost.adapter.imap.session;

/** The connection states of RFC 3501 §3. */
public enum ImapSessionState {
  /** Before LOGIN or AUTHENTICATE. */
  NOT_AUTHENTICATED,
  /** Logged in, no folder selected. */
  AUTHENTICATED,
  /** A folder is selected. */
  SELECTED,
  /** LOGOUT was given; the connection closes. */
  LOGOUT
}
