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

  private volatile DnsLookup lookup;

  /** The lookup, made on first use; later calls (every SPF, DKIM, DMARC check) take no lock. */
  public DnsLookup lookup() {
    DnsLookup made = lookup;
    if (made == null) {
      synchronized (this) {
        if (lookup == null) {
          lookup = DnsLookup.of(resolver, DnsLookup.DEFAULT_TIMEOUT);
        }
        made = lookup;
      }
    }
    return made;
  }
}
