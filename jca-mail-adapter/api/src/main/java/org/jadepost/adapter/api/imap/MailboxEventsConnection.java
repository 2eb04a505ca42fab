package org.jadepost.adapter.api.imap;

/**
 * A handle to the adapter's in-node event bus, from {@link MailboxEventsConnectionFactory}. It is
 * cheap: publishing only hands the change to the bus and never blocks on sessions.
 */
public interface MailboxEventsConnection extends AutoCloseable {

  /** Tells the adapter's sessions on this node that a folder changed. */
  void publish(MailboxChange change);

  /** Returns the handle to the container's pool. */
  @Override
  void close();
}
