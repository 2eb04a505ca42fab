package org.jadepost.adapter.api;

/** What an SMTP listener is for; the application applies different rules to each. */
public enum SmtpListenerKind {
  /** Mail exchanger: inbound mail from other servers to hosted domains, no AUTH (RFC 5321). */
  MX,
  /** Message submission by the domain's users, AUTH required (RFC 6409, RFC 8314). */
  SUBMISSION
}
