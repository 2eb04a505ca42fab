package org.jadepost.adapter.net;

/** How a listener protects its connections with TLS. */
public enum TlsMode {
  /** Plain text only. */
  NONE,
  /** Plain text until the client asks to upgrade (RFC 3207, RFC 2595, RFC 3501 §6.2.1). */
  STARTTLS,
  /** TLS from the first byte (RFC 8314 §3.3). */
  IMPLICIT
}
