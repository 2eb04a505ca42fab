package org.jadepost.monitoring.boundary;

/** JMX view of the server, registered as {@code org.jadepost:type=Server} (FEATURES R2). */
public interface ServerMXBean {

  /** The product version. */
  String getVersion();

  /** Seconds since the application started. */
  long getUptimeSeconds();

  /** Number of hosted domains. */
  long getDomainCount();

  /** Number of accounts over all domains. */
  long getUserCount();

  /** Outbound deliveries (one per recipient) not yet sent: queued or deferred for a retry. */
  long getOutboundQueueSize();

  /** Of those, the ones a remote server deferred or that found no server yet. */
  long getOutboundDeferredCount();
}
