package org.jadepost.adapter.client;

import java.io.InputStream;
import org.jadepost.adapter.api.client.SmtpClientEnvelope;
import org.jadepost.adapter.api.client.SmtpClientException;
import org.jadepost.adapter.api.client.SmtpDestination;
import org.jadepost.adapter.api.client.SmtpTransactionResult;
import org.jadepost.adapter.outbound.PooledManagedConnection;

/**
 * One pooled SMTP session to one destination. A session the server dropped while idle is reopened
 * once before a transaction; a session that breaks during one is reported to the pool, which
 * destroys it.
 */
final class SmtpClientManagedConnection
    extends PooledManagedConnection<SmtpClientConnectionHandle> {

  private final SmtpClientSettings settings;
  private final SmtpDestination destination;
  private SmtpClientSession session;

  SmtpClientManagedConnection(SmtpClientSession session, SmtpClientSettings settings) {
    super(SmtpClientConnectionHandle.class);
    this.session = session;
    this.settings = settings;
    this.destination = session.destination();
  }

  SmtpDestination destination() {
    return destination;
  }

  SmtpClientSession session() {
    return session;
  }

  SmtpTransactionResult send(
      SmtpClientConnectionHandle handle, SmtpClientEnvelope envelope, InputStream content)
      throws SmtpClientException {
    try {
      if (!session.stillUsable()) {
        session.close();
        session = SmtpClientSession.open(destination, settings);
      }
      return session.send(envelope, content);
    } catch (SmtpClientException e) {
      if (!session.isOpen()) {
        broken(handle, e);
      }
      throw e;
    }
  }

  @Override
  protected SmtpClientConnectionHandle newHandle() {
    return new SmtpClientConnectionHandle(this);
  }

  @Override
  protected String productName() {
    return "SMTP " + session.remoteName();
  }

  @Override
  public void destroy() {
    session.close();
  }
}
