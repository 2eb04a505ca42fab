package org.jadepost.adapter.testing;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import java.util.HashSet;
import java.util.Set;

/**
 * A container's connection manager in miniature: keeps free managed connections, asks the factory
 * to match one before creating another, and takes a connection back when its handle is closed, as
 * Payara's and WildFly's pools do. Counts creations so tests can see reuse.
 */
public final class PoolingConnectionManager implements ConnectionManager {

  private static final long serialVersionUID = 1L;

  private final transient Set<ManagedConnection> free = new HashSet<>();
  private int created;

  @Override
  public synchronized Object allocateConnection(
      ManagedConnectionFactory factory, ConnectionRequestInfo request) throws ResourceException {
    ManagedConnection managed = factory.matchManagedConnections(Set.copyOf(free), null, request);
    if (managed == null) {
      managed = factory.createManagedConnection(null, request);
      managed.addConnectionEventListener(new GiveBack());
      created++;
    }
    free.remove(managed);
    return managed.getConnection(null, request);
  }

  /** How many managed connections the factory had to create. */
  public synchronized int created() {
    return created;
  }

  private synchronized void giveBack(ManagedConnection managed) throws ResourceException {
    managed.cleanup();
    free.add(managed);
  }

  private final class GiveBack implements ConnectionEventListener {
    @Override
    public void connectionClosed(ConnectionEvent event) {
      try {
        giveBack((ManagedConnection) event.getSource());
      } catch (ResourceException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void connectionErrorOccurred(ConnectionEvent event) {}

    @Override
    public void localTransactionStarted(ConnectionEvent event) {}

    @Override
    public void localTransactionCommitted(ConnectionEvent event) {}

    @Override
    public void localTransactionRolledback(ConnectionEvent event) {}
  }
}
