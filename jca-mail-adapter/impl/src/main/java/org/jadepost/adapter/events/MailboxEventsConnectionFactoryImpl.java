package org.jadepost.adapter.events;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import org.jadepost.adapter.api.imap.MailboxEventsConnection;
import org.jadepost.adapter.api.imap.MailboxEventsConnectionFactory;
import org.jadepost.adapter.outbound.ReferenceableFactory;

/** The factory the application looks up; asks the container's pool for a connection. */
public class MailboxEventsConnectionFactoryImpl
    extends ReferenceableFactory<MailboxEventsManagedConnectionFactory>
    implements MailboxEventsConnectionFactory {

  private static final long serialVersionUID = 1L;

  MailboxEventsConnectionFactoryImpl(
      MailboxEventsManagedConnectionFactory factory, ConnectionManager manager) {
    super(factory, manager);
  }

  @Override
  public MailboxEventsConnection getConnection() {
    try {
      return (MailboxEventsConnection) manager.allocateConnection(factory, null);
    } catch (ResourceException e) {
      throw new IllegalStateException("No mailbox events connection: " + e.getMessage(), e);
    }
  }
}
