package org.jadepost.outbound.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outbound settings (MicroProfile Config, so JADEPOST_OUTBOUND_RETRY_PERIOD etc. work too): how
 * long to retry (ISO-8601, default five days), how often workers look for due mail, and how long a
 * claim lasts before another worker may take the entry over.
 */
@ApplicationScoped
public class OutboundSettings {

  @Inject
  @ConfigProperty(name = "jadepost.outbound.retry-period", defaultValue = "P5D")
  Duration retryPeriod;

  @Inject
  @ConfigProperty(name = "jadepost.outbound.poll-interval", defaultValue = "PT5S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "jadepost.outbound.lease", defaultValue = "PT15M")
  Duration lease;

  @Inject
  @ConfigProperty(name = "jadepost.hostname")
  Optional<String> hostname;

  public RetrySchedule retrySchedule() {
    return new RetrySchedule(retryPeriod);
  }

  public Duration pollInterval() {
    return pollInterval;
  }

  public Duration lease() {
    return lease;
  }

  /** This server's name, for DSNs (the same as in the SMTP greeting). */
  public String hostname() {
    return hostname.filter(h -> !h.isBlank()).orElseGet(OutboundSettings::localHostName);
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
