package org.jadepost.adapter.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/**
 * A managed connection without transactions: keeps its handles and the container's listeners, and
 * tells the container when a handle is closed or the connection broke.
 *
 * @param <H> the handle type the application sees
 */
public abstract class PooledManagedConnection<H extends PooledHandle<?>>
    implements ManagedConnection {

  private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
  private final Set<PooledHandle<?>> handles = ConcurrentHashMap.newKeySet();
  private final Class<H> handleType;
  private PrintWriter logWriter;

  /** A connection whose handles are {@code handleType}. */
  protected PooledManagedConnection(Class<H> handleType) {
    this.handleType = handleType;
  }

  /** A new handle on this connection. */
  protected abstract H newHandle();

  /** What the metadata names as the other side. */
  protected abstract String productName();

  /** Tells the container that this connection broke while {@code handle} used it. */
  protected void broken(H handle, Exception cause) {
    ConnectionEvent event =
        new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, cause);
    event.setConnectionHandle(handle);
    listeners.forEach(listener -> listener.connectionErrorOccurred(event));
  }

  void handleClosed(PooledHandle<?> handle) {
    handles.remove(handle);
    ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
    event.setConnectionHandle(handle);
    listeners.forEach(listener -> listener.connectionClosed(event));
  }

  @Override
  public Object getConnection(Subject subject, ConnectionRequestInfo request) {
    H handle = newHandle();
    handles.add(handle);
    return handle;
  }

  @Override
  public void cleanup() {
    handles.forEach(h -> h.reassociate(null));
    handles.clear();
  }

  @Override
  public void associateConnection(Object connection) throws ResourceException {
    if (!handleType.isInstance(connection)) {
      throw new ResourceException("Not a " + handleType.getSimpleName() + ": " + connection);
    }
    PooledHandle<?> handle = handleType.cast(connection);
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
    throw new NotSupportedException(productName() + " is not transactional");
  }

  @Override
  public LocalTransaction getLocalTransaction() throws ResourceException {
    throw new NotSupportedException(productName() + " is not transactional");
  }

  @Override
  public ManagedConnectionMetaData getMetaData() {
    return new ManagedConnectionMetaData() {
      @Override
      public String getEISProductName() {
        return productName();
      }

      @Override
      public String getEISProductVersion() {
        return "";
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
