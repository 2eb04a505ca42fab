package org.jadepost.monitoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Registers Jadepost's MBeans in the platform MBean server at start and removes them at stop. The
 * MBean calls the {@link ServerStatistics} EJB through its container proxy, so every JMX read gets
 * a transaction like any other client.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class JmxRegistration {

  /** The name of the server MBean. */
  public static final String SERVER_NAME = "org.jadepost:type=Server";

  private static final Logger LOG = Logger.getLogger(JmxRegistration.class.getName());

  @EJB ServerStatistics statistics;

  @PostConstruct
  void register() {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(SERVER_NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      server.registerMBean(new ServerView(statistics), name);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "Could not register " + SERVER_NAME, e);
    }
  }

  @PreDestroy
  void unregister() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(SERVER_NAME));
    } catch (JMException e) {
      LOG.log(Level.FINE, "MBean already gone", e);
    }
  }

  /** The MXBean implementation; reads through the EJB proxy it was given. */
  static final class ServerView implements ServerMXBean {
    private final ServerStatistics statistics;

    ServerView(ServerStatistics statistics) {
      this.statistics = statistics;
    }

    @Override
    public String getVersion() {
      return statistics.status().version();
    }

    @Override
    public long getUptimeSeconds() {
      return Duration.between(statistics.status().startedAt(), Instant.now()).toSeconds();
    }

    @Override
    public long getDomainCount() {
      return statistics.status().domainCount();
    }

    @Override
    public long getUserCount() {
      return statistics.status().userCount();
    }

    @Override
    public long getOutboundQueueSize() {
      return statistics.outboundQueueSize();
    }

    @Override
    public long getOutboundDeferredCount() {
      return statistics.outboundDeferredCount();
    }

    @Override
    public long getLoginSuccessCount() {
      return statistics.logins().successes();
    }

    @Override
    public long getLoginFailureCount() {
      return statistics.logins().failures();
    }

    @Override
    public long getLoginRefusedCount() {
      return statistics.logins().refusals();
    }

    @Override
    public long getLoginLockCount() {
      return statistics.logins().locks();
    }

    @Override
    public long getLockedLoginCount() {
      return statistics.logins().lockedNow();
    }
  }
}
