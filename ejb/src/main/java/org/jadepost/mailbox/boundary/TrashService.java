package org.jadepost.mailbox.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.control.DeletedMailStore;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.MailboxWriter;
import org.jadepost.mailbox.control.MessageChanges;
import org.jadepost.mailbox.control.MessageRows;
import org.jadepost.mailbox.entity.DeletedMail;
import org.jadepost.mailbox.entity.DeletedSummary;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.mailbox.entity.UidSet;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * Emptying Deleted and Spam (FEATURES D4) and restoring emptied mail (K3): emptying expunges the
 * messages for the webmail and IMAP alike but keeps them restorable for 14 days; restoring appends
 * them again, with new UIDs, to a folder the user chooses; {@link #purgeExpired} (the
 * DeletedMailPurgeJob) forgets older ones and removes their blobs once nothing refers to them.
 */
@Stateless
public class TrashService {

  /** The most entries the restore list shows. */
  public static final int MAX_LIST = 500;

  private static final Logger LOG = Logger.getLogger(TrashService.class.getName());

  @Inject AccountStore accounts;
  @Inject FolderStore folders;
  @Inject MessageRows rows;
  @Inject MessageChanges changes;
  @Inject MailboxWriter writer;
  @Inject DeletedMailStore deleted;
  @Inject BlobStore blobs;
  @Resource TransactionSynchronizationRegistry transaction;

  /**
   * Empties the caller's Deleted ({@code TRASH}) or Spam ({@code JUNK}) folder; returns how many
   * messages went.
   *
   * @throws InvalidRequestException {@code folder.empty.invalid} for any other folder
   */
  public int empty(Actor actor, SpecialUse use) {
    if (use != SpecialUse.TRASH && use != SpecialUse.JUNK) {
      throw new InvalidRequestException(
          "folder.empty.invalid",
          "Only Deleted and Spam can be emptied: " + use,
          String.valueOf(use));
    }
    Account account = accounts.own(actor);
    MailFolder folder = folders.lockSystem(account, use);
    List<MailMessage> all = rows.entities(folder, UidSet.ALL);
    deleted.keep(folder, all);
    return changes.remove(folder, all).length;
  }

  /** The caller's mail emptied in the last 14 days, newest first. */
  public List<DeletedSummary> restorable(Actor actor) {
    Account account = accounts.own(actor);
    return deleted.restorable(account, oldestRestorable(), MAX_LIST).stream()
        .map(DeletedSummary::of)
        .toList();
  }

  /**
   * Appends the caller's emptied mail {@code ids} to folder {@code folderId} as it was (flags,
   * keywords, date) with new UIDs; returns how many.
   *
   * @throws org.jadepost.platform.entity.NotFoundException {@code deleted.notfound} for an entry
   *     that is not the caller's or no longer restorable, {@code folder.notfound}
   */
  public int restore(Actor actor, List<Long> ids, long folderId) {
    Account account = accounts.own(actor);
    MailFolder target = folders.lockOwned(account, folderId);
    if (target.isNoselect()) {
      throw new InvalidRequestException(
          "folder.noselect", "Not a selectable folder: " + target.getPath(), target.getPath());
    }
    List<DeletedMail> entries = deleted.requireOwned(account, ids, oldestRestorable());
    for (DeletedMail entry : entries) {
      BlobRef blob = new BlobRef(entry.getBlobId(), entry.getSizeBytes());
      writer.append(target, blob, entry.getFlags(), entry.getKeywords(), entry.getInternalDate());
      deleted.remove(entry);
    }
    return entries.size();
  }

  /**
   * Forgets at most {@code limit} entries emptied more than 14 days ago, of every account, and
   * after the commit removes the blobs nothing refers to any more. Returns how many entries went.
   */
  public int purgeExpired(int limit) {
    List<DeletedMail> expired = deleted.expired(oldestRestorable(), limit);
    Set<String> blobIds = new LinkedHashSet<>();
    for (DeletedMail entry : expired) {
      blobIds.add(entry.getBlobId());
      deleted.remove(entry);
    }
    List<String> orphans = blobIds.stream().filter(id -> !deleted.blobInUse(id)).toList();
    if (!orphans.isEmpty()) {
      transaction.registerInterposedSynchronization(new DeleteBlobs(blobs, orphans));
    }
    return expired.size();
  }

  private static Instant oldestRestorable() {
    return Instant.now().minus(DeletedMail.RESTORABLE_DAYS, ChronoUnit.DAYS);
  }

  /** Removes blobs once the transaction that dropped their last reference has committed. */
  private record DeleteBlobs(BlobStore blobs, List<String> ids) implements Synchronization {

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED) {
        return;
      }
      for (String id : ids) {
        try {
          blobs.delete(id);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Could not remove blob " + id, e);
        }
      }
    }
  }
}
