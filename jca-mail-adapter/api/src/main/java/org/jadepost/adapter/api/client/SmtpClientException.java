package org.jadepost.adapter.api.client;

import java.util.Optional;

/**
 * A session-level failure: the server could not be reached, the session broke, or it refused the
 * whole transaction (at greeting, EHLO, MAIL or DATA). Carries the server's reply when there was
 * one; without a reply the failure is transient (network trouble).
 */
public class SmtpClientException extends Exception {

  private static final long serialVersionUID = 1L;

  private final SmtpClientReply reply;

  public SmtpClientException(String message, SmtpClientReply reply, Throwable cause) {
    super(message, cause);
    this.reply = reply;
  }

  public SmtpClientException(String message, Throwable cause) {
    this(message, null, cause);
  }

  /** The server's reply, if the failure was one. */
  public Optional<SmtpClientReply> reply() {
    return Optional.ofNullable(reply);
  }

  /** Whether a retry later may succeed: network trouble or a 4xx reply. */
  public boolean isTransient() {
    return reply == null || reply.isTransient();
  }
}
