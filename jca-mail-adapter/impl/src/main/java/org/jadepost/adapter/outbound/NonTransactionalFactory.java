package org.jadepost.adapter.outbound;

import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.TransactionSupport;
import java.io.PrintWriter;

/**
 * The JavaBean part of a managed connection factory without transactions: the association with the
 * resource adapter and the log writer. Subclasses add their configuration, equals and hashCode.
 */
public abstract class NonTransactionalFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation, TransactionSupport {

  private static final long serialVersionUID = 1L;

  private transient ResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;

  @Override
  public TransactionSupportLevel getTransactionSupport() {
    return TransactionSupportLevel.NoTransaction;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter resourceAdapter) {
    this.resourceAdapter = resourceAdapter;
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
