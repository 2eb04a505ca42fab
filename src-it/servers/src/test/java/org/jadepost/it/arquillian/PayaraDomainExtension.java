package org.jadepost.it.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link ManagedPayaraDomain} (see META-INF/services). */
public class PayaraDomainExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(ManagedPayaraDomain.class);
  }
}
