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

  /** Successful logins on every protocol since this node started (B4). */
  long getLoginSuccessCount();

  /** Failed logins (wrong secret, unknown user, disabled, code required) since start. */
  long getLoginFailureCount();

  /** Logins refused without a check because the login or the address was locked, since start. */
  long getLoginRefusedCount();

  /** Locks set on a login or a client address since start. */
  long getLoginLockCount();

  /** Logins and client addresses locked now. */
  long getLockedLoginCount();
}
