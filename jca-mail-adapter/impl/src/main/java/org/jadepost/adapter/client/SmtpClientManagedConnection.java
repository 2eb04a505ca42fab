package org.jadepost.adapter.client;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.jadepost.adapter.api.client.SmtpClientEnvelope;
import org.jadepost.adapter.api.client.SmtpClientException;
import org.jadepost.adapter.api.client.SmtpDestination;
import org.jadepost.adapter.api.client.SmtpTransactionResult;

/**
 * One pooled SMTP session to one destination. A session the server dropped while idle is reopened
 * once before a transaction; a session that breaks during one is reported to the pool, which
 * destroys it.
 */
final class SmtpClientManagedConnection implements ManagedConnection {

  private final SmtpClientSettings settings;
  private final SmtpDestination destination;
  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private final Set<SmtpClientConnectionHandle> handles = ConcurrentHashMap.newKeySet();
  private SmtpClientSession session;
  private PrintWriter logWriter;

  SmtpClientManagedConnection(SmtpClientSession session, SmtpClientSettings settings) {
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
        fire(ConnectionEvent.CONNECTION_ERROR_OCCURRED, handle, e);
      }
      throw e;
    }
  }

  void handleClosed(SmtpClientConnectionHandle handle) {
    handles.remove(handle);
    fire(ConnectionEvent.CONNECTION_CLOSED, handle, null);
  }

  private void fire(int type, SmtpClientConnectionHandle handle, Exception cause) {
    ConnectionEvent event =
        cause == null ? new ConnectionEvent(this, type) : new ConnectionEvent(this, type, cause);
    event.setConnectionHandle(handle);
    for (ConnectionEventListener listener : listeners) {
      if (type == ConnectionEvent.CONNECTION_CLOSED) {
        listener.connectionClosed(event);
      } else {
        listener.connectionErrorOccurred(event);
      }
    }
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo request) {
    SmtpClientConnectionHandle handle = new SmtpClientConnectionHandle(this);
    handles.add(handle);
    return handle;
  }

  @Override
  public void destroy() {
    session.close();
  }

  @Override
  public void cleanup() {
    handles.forEach(h -> h.reassociate(null));
    handles.clear();
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!(connection instanceof SmtpClientConnectionHandle handle)) {
      throw new ResourceException("Not an SMTP client connection: " + connection);
    }
    handle.reassociate(this);
    handles.add(handle);
  }

  @Override
  public void addConnectionEventListener(ConnectionEventListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeConnectionEventListener(ConnectionEventListener listener) {
    listeners.remove(listener);
  }

  @Override
  public XAResource getXAResource() throws ResourceException {
    throw new NotSupportedException("SMTP is not transactional");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException("SMTP is not transactional");
  }

  @Override
  public ManagedConnectionMetaData getMetaData() {
    return new ManagedConnectionMetaData() {
      @Override
      public String getEISProductName() {
        return session.remoteName();
      }

      @Override
      public String getEISProductVersion() {
        return "SMTP";
      }

      @Override
      public int getMaxConnections() {
        return 0;
      }

      @Override
      public String getUserName() {
        return "";
      }
    };
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }
}
