package org.jadepost.adapter.api.client;

import java.io.Serializable;

/**
 * Hands out SMTP client connections to one destination. The container pools them per destination,
 * so a connection closed after a transaction is reused (after RSET) by the next caller going to the
 * same host and port until it has been idle too long.
 */
public interface SmtpClientConnectionFactory extends Serializable {

  /**
   * A connection, greeted and past EHLO (or HELO), to {@code destination}.
   *
   * @throws SmtpClientException if the server cannot be reached or refuses the session
   */
  SmtpClientConnection getConnection(SmtpDestination destination) throws SmtpClientException;
}
