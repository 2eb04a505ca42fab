package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.FlagChange;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MessageState;
import org.jadepost.mailbox.entity.StoreResult;
import org.jadepost.mailbox.entity.UidSet;

/**
 * Changes messages of a locked folder: flags (STORE) and expunges. Each command takes one new
 * MODSEQ for everything it changes (RFC 7162 §3.1.3 allows messages to share one), leaves a
 * tombstone per expunged UID for VANISHED and CHANGEDSINCE, and announces the change.
 */
@ApplicationScoped
public class MessageChanges {

  private static final int SEEN = Flag.toBits(Set.of(Flag.SEEN));

  @PersistenceContext EntityManager em;
  @Inject MessageRows rows;
  @Inject ChangeNotifier notifier;

  /** Applies {@code change} to the messages of {@code folder} in {@code uids}. */
  public StoreResult store(MailFolder folder, UidSet uids, FlagChange change) {
    List<MessageState> updated = new ArrayList<>();
    List<Long> modified = new ArrayList<>();
    long modseq = 0;
    for (MailMessage message : rows.entities(folder, uids)) {
      MessageState before = MessageState.of(message);
      if (change.blocks(before)) {
        modified.add(message.getUid());
        continue;
      }
      MessageState after = change.apply(before);
      if (after.flags() != before.flags() || !after.keywords().equals(before.keywords())) {
        modseq = modseq == 0 ? folder.nextModseq() : modseq;
        folder.unseenChanged(unseen(after) - unseen(before));
        folder.useKeywords(after.keywords());
        message.setState(Flag.fromBits(after.flags()), after.keywords(), modseq);
      }
      updated.add(MessageState.of(message));
    }
    if (modseq != 0) {
      notifier.changed(folder);
    }
    return new StoreResult(updated, modified.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * Removes the messages of {@code folder} that carry {@code \Deleted} (RFC 3501 §6.4.3), only
   * those in {@code uids} when given (UID EXPUNGE, RFC 4315 §2.1). Returns the expunged UIDs.
   */
  public long[] expungeDeleted(MailFolder folder, UidSet uids) {
    UidSet range = uids == null ? UidSet.ALL : uids;
    List<MailMessage> doomed =
        rows.entities(folder, range).stream()
            .filter(m -> m.getFlags().contains(Flag.DELETED))
            .toList();
    return remove(folder, doomed);
  }

  /** Removes {@code messages} of {@code folder} whatever their flags (MOVE's second half). */
  public long[] remove(MailFolder folder, List<MailMessage> messages) {
    if (messages.isEmpty()) {
      return new long[0];
    }
    long modseq = folder.nextModseq();
    int unseen = 0;
    long size = 0;
    long[] gone = new long[messages.size()];
    for (int i = 0; i < gone.length; i++) {
      MailMessage message = messages.get(i);
      gone[i] = message.getUid();
      unseen += message.getFlags().contains(Flag.SEEN) ? 0 : 1;
      size += message.getSizeBytes();
      em.remove(message);
      em.createNativeQuery("INSERT INTO mail_expunged (folder_id, uid, modseq) VALUES (?1, ?2, ?3)")
          .setParameter(1, folder.getId())
          .setParameter(2, message.getUid())
          .setParameter(3, modseq)
          .executeUpdate();
    }
    folder.removed(gone.length, unseen, size);
    notifier.changed(folder);
    return gone;
  }

  private static int unseen(MessageState state) {
    return (state.flags() & SEEN) != 0 ? 0 : 1;
  }
}
