package org.jadepost.outbound.boundary;

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
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.outbound.control.Batch;
import org.jadepost.outbound.control.DeliveryRecorder;
import org.jadepost.outbound.control.OutboundSettings;
import org.jadepost.outbound.control.OutboundStore;
import org.jadepost.outbound.control.Outcome;
import org.jadepost.outbound.control.RemoteDelivery;
import org.jadepost.outbound.entity.OutboundDelivery;

/**
 * Drains the outbound queue on a non-persistent interval timer (portable across Payara and WildFly;
 * every node runs one). Each round claims due entries with a lease in a short transaction, sends
 * them with no transaction open, and records each batch's outcome in its own transaction. Rounds do
 * not overlap on one node; nodes share the work through the claims.
 *
 * <p>The SMTP client factory it sends through is defined by deployment descriptors, not an
 * annotation, because the adapter's name depends on the packaging: {@code META-INF/ejb-jar.xml}
 * names the RAR embedded in the EAR ({@code #jadepost-mail-adapter}), {@code
 * META-INF/web-fragment.xml} (read only where this jar sits in a WAR, on Payara Micro) the RAR
 * deployed beside it ({@code jadepost-mail-adapter}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboundWorker {

  private static final Logger LOG = Logger.getLogger(OutboundWorker.class.getName());
  private static final int BATCH = 50;
  private static final int ROUNDS = 20;

  @Resource TimerService timers;
  @Inject OutboundSettings settings;
  @Inject OutboundStore store;
  @Inject RemoteDelivery remote;
  @Inject DeliveryRecorder recorder;

  private final AtomicBoolean running = new AtomicBoolean();
  private final String worker = workerId();

  @PostConstruct
  void start() {
    long interval = settings.pollInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("outbound", false));
    LOG.info(() -> "Outbound worker " + worker + " polls every " + settings.pollInterval());
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void drain() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<OutboundDelivery> claimed = store.claim(worker, BATCH, settings.lease());
        if (claimed.isEmpty()) {
          return;
        }
        Batch.of(claimed).forEach(this::deliver);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbound claim failed; the next round tries again", e);
    } finally {
      running.set(false);
    }
  }

  private void deliver(Batch batch) {
    try {
      Map<String, Outcome> outcomes = remote.attempt(batch);
      recorder.record(worker, batch, outcomes);
    } catch (RuntimeException e) {
      // Its lease runs out and another round tries again; the others go on.
      LOG.log(Level.WARNING, "Outbound batch " + batch.first().getAcceptId() + " failed", e);
    }
  }

  private static String workerId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + "/" + UUID.randomUUID().toString().substring(0, 8);
  }
}
