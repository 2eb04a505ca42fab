package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.util.Objects;

/**
 * "Folder {@code folder} of account {@code account} changed; its highest modseq is now {@code
 * highestModseq}." The application publishes one through {@link MailboxEventsConnection} after the
 * transaction that made the change committed (new mail, flags, expunge, append, copy, move). The
 * adapter wakes the sessions that have this folder selected or are idling in it; they then ask
 * {@link ImapListener#changes}. A change of the folder list itself (create, delete, rename) is
 * published with the folder's old name and modseq 0.
 *
 * @param account the canonical identity as {@link ImapListener#login} returns it
 * @param folder the folder's full name
 * @param highestModseq the folder's highest modseq after the change; sessions that already know
 *     this modseq are not woken
 */
public record MailboxChange(String account, String folder, long highestModseq)
    implements Serializable {

  /** Checks the values. */
  public MailboxChange {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(folder, "folder");
  }
}
