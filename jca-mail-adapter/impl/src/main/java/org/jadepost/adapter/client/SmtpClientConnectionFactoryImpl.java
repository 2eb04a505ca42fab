package org.jadepost.adapter.client;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import org.jadepost.adapter.api.client.SmtpClientConnection;
import org.jadepost.adapter.api.client.SmtpClientConnectionFactory;
import org.jadepost.adapter.api.client.SmtpClientException;
import org.jadepost.adapter.api.client.SmtpDestination;
import org.jadepost.adapter.outbound.ReferenceableFactory;

/** The factory the application looks up; asks the container's pool for a session. */
public class SmtpClientConnectionFactoryImpl
    extends ReferenceableFactory<SmtpClientManagedConnectionFactory>
    implements SmtpClientConnectionFactory {

  private static final long serialVersionUID = 1L;

  SmtpClientConnectionFactoryImpl(
      SmtpClientManagedConnectionFactory factory, ConnectionManager manager) {
    super(factory, manager);
  }

  @Override
  public SmtpClientConnection getConnection(SmtpDestination destination)
      throws SmtpClientException {
    try {
      return (SmtpClientConnection)
          manager.allocateConnection(factory, new DestinationRequest(destination));
    } catch (ResourceException e) {
      // Containers wrap the failure of createManagedConnection in their own exceptions.
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SmtpClientException failure) {
          throw failure;
        }
      }
      throw new SmtpClientException(destination + ": " + e.getMessage(), e);
    }
  }
}
