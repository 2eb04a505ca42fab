package org.jadepost.adapter.client;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.NamingException;
import javax.naming.Reference;
import org.jadepost.adapter.api.client.SmtpClientConnection;
import org.jadepost.adapter.api.client.SmtpClientConnectionFactory;
import org.jadepost.adapter.api.client.SmtpClientException;
import org.jadepost.adapter.api.client.SmtpDestination;

/** The factory the application looks up; asks the container's pool for a session. */
public class SmtpClientConnectionFactoryImpl
    implements SmtpClientConnectionFactory, jakarta.resource.Referenceable {

  private static final long serialVersionUID = 1L;

  private final transient SmtpClientManagedConnectionFactory factory;
  private final transient ConnectionManager manager;
  private Reference reference;

  SmtpClientConnectionFactoryImpl(
      SmtpClientManagedConnectionFactory factory, ConnectionManager manager) {
    this.factory = factory;
    this.manager = manager;
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

  @Override
  public void setReference(Reference reference) {
    this.reference = reference;
  }

  @Override
  public Reference getReference() throws NamingException {
    return reference;
  }
}
