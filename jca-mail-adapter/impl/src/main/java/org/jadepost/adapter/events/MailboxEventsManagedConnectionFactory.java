package org.jadepost.adapter.events;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import java.util.Set;
import javax.security.auth.Subject;
import org.jadepost.adapter.outbound.NonTransactionalFactory;

/**
 * Creates the connections through which the application publishes mailbox changes; the second
 * outbound connection definition of ra.xml, beside the SMTP client. A connection owns nothing but a
 * reference to the resource adapter's {@link MailboxEventBus}, so every pooled connection matches
 * every request. The bus is looked up at each publish, so a factory created before the adapter
 * started (or after a restart) still reaches the live bus.
 */
public class MailboxEventsManagedConnectionFactory extends NonTransactionalFactory {

  private static final long serialVersionUID = 1L;

  @Override
  public Object createConnectionFactory(ConnectionManager manager) {
    return new MailboxEventsConnectionFactoryImpl(this, manager);
  }

  @Override
  public Object createConnectionFactory() throws ResourceException {
    throw new ResourceException("Mailbox events are published inside the application server only");
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo request) {
    return new MailboxEventsManagedConnection(this);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ManagedConnection matchManagedConnections(
      Set candidates, Subject subject, ConnectionRequestInfo request) {
    for (Object candidate : candidates) {
      if (candidate instanceof MailboxEventsManagedConnection managed) {
        return managed;
      }
    }
    return null;
  }

  /** The live bus of the associated adapter. */
  MailboxEventBus bus() {
    if (!(getResourceAdapter() instanceof MailboxEventBus.Source source)) {
      throw new IllegalStateException(
          "Not associated with the mail adapter: " + getResourceAdapter());
    }
    MailboxEventBus bus = source.events();
    if (bus == null) {
      throw new IllegalStateException("The mail adapter is not started");
    }
    return bus;
  }

  /** All instances are alike: the factory has no configuration. */
  @Override
  public boolean equals(Object other) {
    return other instanceof MailboxEventsManagedConnectionFactory;
  }

  @Override
  public int hashCode() {
    return MailboxEventsManagedConnectionFactory.class.hashCode();
  }
}
