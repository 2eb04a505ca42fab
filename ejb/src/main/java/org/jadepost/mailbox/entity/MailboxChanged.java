package org.jadepost.mailbox.entity;

/**
 * A committed change to one folder: a message arrived, flags changed, messages were expunged,
 * copied or moved in. It says only where and how far; who wants the details asks for the changes
 * since the MODSEQ he knows, so the event stays small enough to cross nodes later.
 *
 * @param accountId the owning account
 * @param address the owner's address, the identity IMAP sessions are keyed by
 * @param folderId the folder
 * @param path the folder's path
 * @param highestModseq the folder's HIGHESTMODSEQ after the change
 */
public record MailboxChanged(
    long accountId, String address, long folderId, String path, long highestModseq) {

  /** The event for {@code folder} as it stands now. */
  public static MailboxChanged of(MailFolder folder) {
    return new MailboxChanged(
        folder.getAccount().getId(),
        folder.getAccount().address(),
        folder.getId(),
        folder.getPath(),
        folder.getHighestModseq());
  }
}
