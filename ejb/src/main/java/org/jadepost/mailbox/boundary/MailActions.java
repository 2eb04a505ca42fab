package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.MailboxAccess;
import org.jadepost.mailbox.control.MessageChanges;
import org.jadepost.mailbox.control.MessageCopier;
import org.jadepost.mailbox.control.MessageRows;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.FlagChange;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.mailbox.entity.UidSet;

/**
 * What the webmail list does to selected messages (D1, D3, D4): flags, moves between folders,
 * delete (to Deleted; removal in Deleted), to-do and done, spam and not spam. Each goes through the
 * same store code as IMAP STORE/MOVE/EXPUNGE, so IMAP sessions hear of it at once.
 */
@Stateless
public class MailActions {

  @Inject MailboxAccess access;
  @Inject FolderStore folders;
  @Inject MessageChanges changes;
  @Inject MessageCopier copier;
  @Inject MessageRows rows;

  /** Sets ({@code on}) or clears {@code flag} on {@code uids} of folder {@code folderId}. */
  public void mark(Actor actor, long folderId, UidSet uids, Flag flag, boolean on) {
    MailFolder folder = folders.lockOwned(access.owner(actor), folderId);
    FlagChange.Mode mode = on ? FlagChange.Mode.ADD : FlagChange.Mode.REMOVE;
    changes.store(folder, uids, new FlagChange(mode, Flag.toBits(Set.of(flag)), List.of(), -1));
  }

  /** Moves {@code uids} of folder {@code folderId} to the caller's folder {@code targetId}. */
  public void move(Actor actor, long folderId, UidSet uids, long targetId) {
    Account account = access.owner(actor);
    if (folderId == targetId) {
      return;
    }
    lockInOrder(account, folderId, targetId);
    copier.move(folders.lockOwned(account, folderId), uids, folders.lockOwned(account, targetId));
  }

  /** Moves {@code uids} of folder {@code folderId} to the system folder {@code use}. */
  public void moveTo(Actor actor, long folderId, UidSet uids, SpecialUse use) {
    Account account = access.owner(actor);
    move(actor, folderId, uids, folders.system(account, use).getId());
  }

  /** Deletes: moves to Deleted, or removes for good when the folder is Deleted itself. */
  public void delete(Actor actor, long folderId, UidSet uids) {
    Account account = access.owner(actor);
    MailFolder folder = folders.lockOwned(account, folderId);
    if (folder.getSpecialUse() == SpecialUse.TRASH) {
      changes.remove(folder, rows.entities(folder, uids));
    } else {
      moveTo(actor, folderId, uids, SpecialUse.TRASH);
    }
  }

  // Both folders locked in id order, so two opposite moves cannot deadlock.
  private void lockInOrder(Account account, long first, long second) {
    folders.lockOwned(account, Math.min(first, second));
    folders.lockOwned(account, Math.max(first, second));
  }
}
