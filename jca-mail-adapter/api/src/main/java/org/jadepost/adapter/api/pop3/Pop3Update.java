package org.jadepost.adapter.api.pop3;

import java.io.Serializable;

/**
 * What {@link Pop3Listener#commitDeletions} did with the messages marked for deletion.
 *
 * @param removed messages removed from the mailbox
 * @param kept messages the user's settings keep in the mailbox (hidden from later POP3 sessions
 *     only), for example when POP3 clients may not delete web mail
 */
public record Pop3Update(int removed, int kept) implements Serializable {

  /** Checks that both counts are not negative. */
  public Pop3Update {
    if (removed < 0 || kept < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }
}
