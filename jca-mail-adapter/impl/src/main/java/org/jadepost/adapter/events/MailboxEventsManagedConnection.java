package org.jadepost.adapter.events;

import org.jadepost.adapter.api.imap.MailboxChange;
import org.jadepost.adapter.outbound.PooledManagedConnection;

/**
 * One pooled events connection. It holds no socket or thread: publishing hands the change to the
 * adapter's bus, which delivers it on worker threads, so the caller never waits for sessions.
 */
final class MailboxEventsManagedConnection
    extends PooledManagedConnection<MailboxEventsConnectionHandle> {

  private final MailboxEventsManagedConnectionFactory factory;

  MailboxEventsManagedConnection(MailboxEventsManagedConnectionFactory factory) {
    super(MailboxEventsConnectionHandle.class);
    this.factory = factory;
  }

  void publish(MailboxChange change) {
    factory.bus().publish(change);
  }

  @Override
  protected MailboxEventsConnectionHandle newHandle() {
    return new MailboxEventsConnectionHandle(this);
  }

  @Override
  protected String productName() {
    return "Jadepost mailbox events";
  }

  @Override
  public void destroy() {
    cleanup();
  }
}
