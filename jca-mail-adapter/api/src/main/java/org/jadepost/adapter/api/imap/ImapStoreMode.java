package org.jadepost.adapter.api.imap;

/** How STORE applies its flags (RFC 3501 §6.4.6). */
public enum ImapStoreMode {
  /** {@code FLAGS}: the message gets exactly these flags and keywords. */
  REPLACE,
  /** {@code +FLAGS}: these are added. */
  ADD,
  /** {@code -FLAGS}: these are removed. */
  REMOVE
}
