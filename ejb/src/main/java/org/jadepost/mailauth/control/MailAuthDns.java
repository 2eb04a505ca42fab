package org.jadepost.mailauth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one resolver of the mail authentication checks: {@code jadepost.dns.resolver} ({@code
 * host:port}), else the system resolvers; timeouts of {@link DnsLookup#DEFAULT_TIMEOUT}.
 */
@ApplicationScoped
public class MailAuthDns {

  @Inject
  @ConfigProperty(name = "jadepost.dns.resolver")
  Optional<String> resolver;

  private DnsLookup lookup;

  public synchronized DnsLookup lookup() {
    if (lookup == null) {
      lookup = DnsLookup.of(resolver, DnsLookup.DEFAULT_TIMEOUT);
    }
    return lookup;
  }
}
