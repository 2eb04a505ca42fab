package org.jadepost.adapter.events;

import java.util.function.Consumer;
import org.jadepost.adapter.api.imap.MailboxChange;

/**
 * Carries {@link MailboxChange}s from the application to the IMAP sessions interested in a folder.
 * One implementation keeps it in memory on this node; a cluster implementation (for example a
 * Hazelcast topic) would publish to every node and deliver locally the same way.
 */
public interface MailboxEventBus {

  /**
   * Whoever owns the node's bus: the resource adapter, through which the outbound events connection
   * finds it.
   */
  interface Source {
    /** The live bus; null while the owner is not started. */
    MailboxEventBus events();
  }

  /** A registration to cancel when the session leaves the folder. */
  interface Subscription extends AutoCloseable {
    /** Stops delivery to the listener. */
    @Override
    void close();
  }

  /**
   * Delivers changes of folder {@code folder} of {@code account} to {@code listener}, on a worker
   * thread, never on the publisher's.
   */
  Subscription subscribe(String account, String folder, Consumer<MailboxChange> listener);

  /** Hands a change to every subscriber of its folder; returns at once. */
  void publish(MailboxChange change);
}
