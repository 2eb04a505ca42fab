package org.jadepost.outbound.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jadepost.outbound.entity.OutboundDelivery;

/**
 * Records an attempt's outcome for a batch in one transaction: delivered, deferred to the next slot
 * of the retry schedule, or bounced (at once for 5xx, or when the retry period ran out), with the
 * DSN written in the same transaction. Entries whose lease another worker took over are left alone.
 */
@Stateless
public class DeliveryRecorder {

  @Inject OutboundStore store;
  @Inject OutboundSettings settings;
  @Inject Bouncer bouncer;

  public void record(String worker, Batch batch, Map<String, Outcome> outcomes) {
    Instant now = Instant.now();
    RetrySchedule schedule = settings.retrySchedule();
    List<FailedRecipient> failed = new ArrayList<>();
    OutboundDelivery message = null;
    for (OutboundDelivery claimed : batch.entries()) {
      Optional<OutboundDelivery> leased = store.leased(claimed.getId(), worker);
      Outcome outcome = outcomes.get(claimed.getRecipient());
      if (leased.isEmpty() || outcome == null) {
        continue;
      }
      OutboundDelivery entry = leased.get();
      message = entry;
      switch (outcome.kind()) {
        case DELIVERED -> entry.delivered(outcome.remoteHost(), outcome.reply());
        case BOUNCED -> {
          entry.bounced(outcome.remoteHost(), outcome.reply());
          failed.add(failure(entry, outcome, now));
        }
        case DEFERRED -> {
          Optional<Instant> next = schedule.next(entry.getQueuedAt(), entry.getAttempts() + 1, now);
          if (next.isPresent()) {
            entry.deferred(outcome.remoteHost(), outcome.reply(), next.get());
          } else {
            String reply = outcome.reply() + " (gave up after the retry period)";
            entry.bounced(outcome.remoteHost(), reply);
            failed.add(
                failure(entry, new Outcome(outcome.kind(), outcome.remoteHost(), reply), now));
          }
        }
      }
    }
    if (!failed.isEmpty()) {
      bouncer.bounce(message, failed);
    }
  }

  private static FailedRecipient failure(OutboundDelivery entry, Outcome outcome, Instant now) {
    return new FailedRecipient(entry.getRecipient(), outcome.remoteHost(), outcome.reply(), now);
  }
}
