package org.jadepost.delivery.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.delivery.control.SpoolSweeper;
import org.jadepost.platform.control.DataDirectory;

/**
 * At start, removes partial spool files of messages a crash interrupted before their 250 (their
 * senders retry). Only files older than this JVM's start are touched, so a message arriving while
 * the application deploys is safe.
 */
@Singleton
@Startup
public class SpoolCleanup {

  private static final Logger LOG = Logger.getLogger(SpoolCleanup.class.getName());

  @Inject DataDirectory dataDirectory;

  @PostConstruct
  void sweep() {
    Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    try {
      int removed =
          SpoolSweeper.sweep(dataDirectory.resolve("spool").resolve("incoming"), jvmStart);
      if (removed > 0) {
        LOG.info(() -> "Removed " + removed + " unacknowledged spool file(s) left by a crash");
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not sweep the spool directory", e);
    }
  }
}
