package org.jadepost.compose.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends scheduled mail when it is due (C4), on a non-persistent interval timer that every node
 * runs. The first round comes a few seconds after start, so what fell due while the server was down
 * leaves then (the catch-up); the rows themselves are the durable state. Nodes share the work
 * through {@code FOR UPDATE SKIP LOCKED} claims, one message per transaction.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScheduledSender {

  private static final Logger LOG = Logger.getLogger(ScheduledSender.class.getName());

  /** How often due mail is looked for: scheduled mail leaves at most this late. */
  static final long INTERVAL_MILLIS = 5_000;

  private static final long FIRST_ROUND_MILLIS = 3_000;
  private static final int PER_ROUND = 100;

  @Resource TimerService timers;
  @Inject ScheduledMailService scheduled;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    timers.createIntervalTimer(
        FIRST_ROUND_MILLIS, INTERVAL_MILLIS, new TimerConfig("scheduled-mail", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sendDue() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (int i = 0; i < PER_ROUND && sendOne(); i++) {
        LOG.fine("Sent one scheduled message");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending scheduled mail failed; the next round tries again", e);
    } finally {
      running.set(false);
    }
  }

  // A message that failed is counted and put back; the round goes on with the others.
  private boolean sendOne() {
    try {
      return scheduled.sendNextDue();
    } catch (ScheduledSendFailure e) {
      LOG.log(Level.WARNING, "Scheduled message " + e.mailId() + " could not be sent", e);
      scheduled.attemptFailed(e.mailId());
      return true;
    }
  }
}
