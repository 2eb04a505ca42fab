package org.jadepost.delivery.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.delivery.control.AcceptanceJournal;
import org.jadepost.delivery.control.AcceptanceWriter;
import org.jadepost.delivery.entity.Acceptance;

/**
 * At start, before any listener takes mail, applies what the commit journal holds and the database
 * lost; then checkpoints the journal every two seconds.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class JournalRecovery {

  private static final Logger LOG = Logger.getLogger(JournalRecovery.class.getName());

  /** Rate limits look back an hour; a week of rows also serves the operator's questions. */
  private static final Duration KEEP_ACCEPTED = Duration.ofDays(7);

  @Inject AcceptanceJournal journal;
  @Inject AcceptanceWriter writer;

  @PostConstruct
  void recover() {
    List<Acceptance> pending = journal.open();
    int applied = 0;
    boolean failed = false;
    for (Acceptance acceptance : pending) {
      try {
        if (!writer.applied(acceptance.id())) {
          writer.apply(acceptance);
          applied++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Could not replay accepted message " + acceptance.id(), e);
        failed = true;
      }
    }
    if (!pending.isEmpty()) {
      int count = applied;
      LOG.info(
          () ->
              "Commit journal: "
                  + pending.size()
                  + " record(s) checked, "
                  + count
                  + " message(s) the database had lost restored");
    }
    journal.replayed(!failed);
  }

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  void checkpoint() {
    journal.checkpoint();
  }

  @Schedule(minute = "17", hour = "*", persistent = false)
  void forgetOldAcceptances() {
    int removed = writer.forgetBefore(Instant.now().minus(KEEP_ACCEPTED));
    if (removed > 0) {
      LOG.fine(() -> "Forgot " + removed + " accepted-message row(s)");
    }
  }
}
