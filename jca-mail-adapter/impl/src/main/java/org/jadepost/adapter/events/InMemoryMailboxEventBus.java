package org.jadepost.adapter.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.adapter.api.imap.MailboxChange;

/**
 * The event bus of one node: subscribers are kept per (account, folder) in a concurrent map, and
 * each delivery runs as a task on the adapter's worker executor, so neither the publishing
 * transaction nor the sessions wait for each other and idle sessions hold no thread.
 */
public final class InMemoryMailboxEventBus implements MailboxEventBus {

  private static final Logger LOG = Logger.getLogger(InMemoryMailboxEventBus.class.getName());

  private final Executor executor;
  private final Map<Key, Set<Consumer<MailboxChange>>> subscribers = new ConcurrentHashMap<>();

  /** A bus delivering on {@code executor}. */
  public InMemoryMailboxEventBus(Executor executor) {
    this.executor = executor;
  }

  @Override
  public Subscription subscribe(String account, String folder, Consumer<MailboxChange> listener) {
    Key key = new Key(account, folder);
    subscribers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(listener);
    return () ->
        subscribers.computeIfPresent(
            key,
            (k, set) -> {
              set.remove(listener);
              return set.isEmpty() ? null : set;
            });
  }

  @Override
  public void publish(MailboxChange change) {
    Set<Consumer<MailboxChange>> set = subscribers.get(new Key(change.account(), change.folder()));
    if (set == null) {
      return;
    }
    for (Consumer<MailboxChange> listener : List.copyOf(set)) {
      try {
        executor.execute(() -> listener.accept(change));
      } catch (RejectedExecutionException e) {
        LOG.log(Level.WARNING, "No worker to deliver a mailbox change", e);
      }
    }
  }

  /** The number of folders with subscribers, for tests and monitoring. */
  public int folderCount() {
    return subscribers.size();
  }

  private record Key(String account, String folder) {}
}
