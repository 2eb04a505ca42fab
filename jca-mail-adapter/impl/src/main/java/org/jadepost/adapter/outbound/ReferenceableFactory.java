package org.jadepost.adapter.outbound;

import jakarta.resource.Referenceable;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ManagedConnectionFactory;
import java.io.Serializable;
import javax.naming.Reference;

/**
 * The part every connection factory the application looks up shares: the managed connection factory
 * and connection manager it allocates through, and the JNDI reference the container sets.
 *
 * @param <F> the managed connection factory
 */
public abstract class ReferenceableFactory<F extends ManagedConnectionFactory>
    implements Referenceable, Serializable {

  private static final long serialVersionUID = 1L;

  /** The managed connection factory that created this one. */
  protected final transient F factory;

  /** The container's pool. */
  protected final transient ConnectionManager manager;

  private Reference reference;

  /** A factory allocating from {@code manager}. */
  protected ReferenceableFactory(F factory, ConnectionManager manager) {
    this.factory = factory;
    this.manager = manager;
  }

  @Override
  public void setReference(Reference reference) {
    this.reference = reference;
  }

  @Override
  public Reference getReference() {
    return reference;
  }
}
