package org.jadepost.mailbox.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.mailbox.entity.MailboxChanged;

/**
 * Keeps the search index warm: a committed folder change queues a catch-up of the folder a moment
 * later on the container's scheduled executor, off the delivering thread. A folder already waiting
 * is not queued twice, so the deliveries to one Inbox within that moment cost one catch-up (one
 * transaction, one index update) instead of one each. Whatever is missed here (a full executor, a
 * crash) the next search of the folder catches up before it queries.
 */
@ApplicationScoped
public class SearchIndexFeeder {

  private static final Logger LOG = Logger.getLogger(SearchIndexFeeder.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject IndexCatchUp catchUp;

  private static final long SLICE_NANOS = 2_000_000_000L;
  private static final long DELAY_MILLIS = 500;

  private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

  /** Queues a catch-up of the changed folder once its transaction committed. */
  public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailboxChanged change) {
    queue(change.folderId());
  }

  /** Queues a catch-up of folder {@code folderId} unless one is waiting. */
  public void queue(long folderId) {
    if (executor == null || !waiting.add(folderId)) {
      return;
    }
    try {
      executor.schedule(() -> run(folderId), DELAY_MILLIS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      waiting.remove(folderId);
    }
  }

  // A slice at a time, each its own transaction, so a search never waits long for the folder and
  // a mailbox of 100,000 never-indexed messages does not hold one transaction for minutes.
  private void run(long folderId) {
    waiting.remove(folderId);
    try {
      if (!catchUp.folder(folderId, System.nanoTime() + SLICE_NANOS)) {
        queue(folderId);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search index catch-up of folder " + folderId + " failed", e);
    }
  }
}
