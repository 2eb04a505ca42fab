package org.jadepost.batch.jmx;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.jadepost.batch.deletedmailpurge.DeletedMailPurgeScheduler;
import org.jadepost.batch.transferpurge.TransferPurgeScheduler;

/**
 * Registers {@code org.jadepost:type=Jobs} at start and removes it at stop; its operations go
 * through the scheduler EJB's container proxy, like the REST resource's.
 */
@Singleton
@Startup
public class JobsJmxRegistration {

  /** The name of the jobs MBean. */
  public static final String NAME = "org.jadepost:type=Jobs";

  private static final Logger LOG = Logger.getLogger(JobsJmxRegistration.class.getName());

  @EJB DeletedMailPurgeScheduler scheduler;
  @EJB TransferPurgeScheduler transferScheduler;

  @PostConstruct
  void register() {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      server.registerMBean(new Jobs(scheduler, transferScheduler), name);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "Could not register " + NAME, e);
    }
  }

  @PreDestroy
  void unregister() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
    } catch (JMException e) {
      LOG.log(Level.FINE, "MBean already gone", e);
    }
  }

  /** The MXBean implementation. */
  static final class Jobs implements JobsMXBean {
    private final DeletedMailPurgeScheduler scheduler;
    private final TransferPurgeScheduler transferScheduler;

    Jobs(DeletedMailPurgeScheduler scheduler, TransferPurgeScheduler transferScheduler) {
      this.scheduler = scheduler;
      this.transferScheduler = transferScheduler;
    }

    @Override
    public long startTransferPurge() {
      return transferScheduler.start();
    }

    @Override
    public long startDeletedMailPurge() {
      return scheduler.start();
    }

    @Override
    public String jobStatus(long executionId) {
      return scheduler.status(executionId);
    }

    @Override
    public String jobExitStatus(long executionId) {
      String exit = scheduler.exitStatus(executionId);
      return exit == null ? "" : exit;
    }
  }
}
