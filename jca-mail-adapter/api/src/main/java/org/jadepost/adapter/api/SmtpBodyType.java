package org.jadepost.adapter.api;

/** The {@code BODY=} parameter of MAIL FROM (RFC 6152 §2). */
public enum SmtpBodyType {
  /** No parameter or {@code BODY=7BIT}. */
  SEVEN_BIT,
  /** {@code BODY=8BITMIME}. */
  EIGHT_BIT_MIME
}
