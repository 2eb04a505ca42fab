package org.jadepost.adapter.api.client;

import java.io.InputStream;

/**
 * One SMTP session to another server, borrowed from the pool. Close it after each use: that returns
 * it to the pool, or discards it when the session broke.
 */
public interface SmtpClientConnection extends AutoCloseable {

  /**
   * Runs one mail transaction: MAIL, one RCPT per recipient, and DATA if any recipient was
   * accepted. Per-recipient refusals are results, not exceptions.
   *
   * @param content the message exactly as it is to be sent, CRLF line ends; read to its end
   * @throws SmtpClientException if the session broke or the server refused the whole transaction
   */
  SmtpTransactionResult send(SmtpClientEnvelope envelope, InputStream content)
      throws SmtpClientException;

  /** Whether the session runs over TLS (opportunistic STARTTLS succeeded). */
  boolean isEncrypted();

  /** The name the server gave in its greeting, for delivery status. */
  String remoteGreetingName();

  @Override
  void close();
}
