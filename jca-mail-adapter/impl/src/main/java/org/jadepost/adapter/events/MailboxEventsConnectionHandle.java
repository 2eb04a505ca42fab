package org.jadepost.adapter.events;

import org.jadepost.adapter.api.imap.MailboxChange;
import org.jadepost.adapter.api.imap.MailboxEventsConnection;
import org.jadepost.adapter.outbound.PooledHandle;

/** The application's handle on a pooled events connection; closing it gives the connection back. */
public final class MailboxEventsConnectionHandle
    extends PooledHandle<MailboxEventsManagedConnection> implements MailboxEventsConnection {

  MailboxEventsConnectionHandle(MailboxEventsManagedConnection managed) {
    super(managed);
  }

  @Override
  public void publish(MailboxChange change) {
    live().publish(change);
  }

  @Override
  protected String what() {
    return "mailbox events";
  }
}
