package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailboxChanged;

/**
 * Announces changes to folders. The event is fired inside the transaction that made the change; its
 * observers listen with {@code during = AFTER_SUCCESS}, so nobody hears of a change before it is
 * committed, nor of one that was rolled back.
 */
@ApplicationScoped
public class ChangeNotifier {

  @Inject Event<MailboxChanged> events;

  /** Announces that {@code folder} changed; its HIGHESTMODSEQ is already advanced. */
  public void changed(MailFolder folder) {
    events.fire(MailboxChanged.of(folder));
  }

  /**
   * Announces that the folder list changed at {@code path} (created, deleted, renamed away): MODSEQ
   * 0, so that sessions with that folder selected look and find out.
   */
  public void listChanged(MailFolder folder, String path) {
    events.fire(
        new MailboxChanged(
            folder.getAccount().getId(), folder.getAccount().address(), folder.getId(), path, 0));
  }
}
