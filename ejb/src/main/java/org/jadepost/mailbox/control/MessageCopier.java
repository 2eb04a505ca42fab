package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jadepost.mailbox.entity.CopyResult;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.UidSet;

/**
 * COPY (RFC 3501 §6.4.7) and MOVE (RFC 6851) between two folders of one account, both locked by the
 * caller. Copies share the source's blob; they get new UIDs in the target, in source UID order, for
 * UIDPLUS's COPYUID (RFC 4315).
 */
@ApplicationScoped
public class MessageCopier {

  @PersistenceContext EntityManager em;
  @Inject MessageRows rows;
  @Inject MessageChanges changes;
  @Inject MailboxWriter writer;
  @Inject ChangeNotifier notifier;

  /** Copies the messages of {@code source} in {@code uids} to {@code target}. */
  public CopyResult copy(MailFolder source, UidSet uids, MailFolder target) {
    List<MailMessage> originals = rows.entities(source, uids);
    long size = originals.stream().mapToLong(MailMessage::getSizeBytes).sum();
    writer.requireFits(source.getAccount(), size);
    return copyAll(originals, target);
  }

  /**
   * Moves the messages of {@code source} in {@code uids} to {@code target}: copies, then expunges
   * them from {@code source}. Returns the copy result; the expunged UIDs are its source UIDs.
   */
  public CopyResult move(MailFolder source, UidSet uids, MailFolder target) {
    List<MailMessage> originals = rows.entities(source, uids);
    CopyResult result = copyAll(originals, target);
    changes.remove(source, originals);
    return result;
  }

  private CopyResult copyAll(List<MailMessage> originals, MailFolder target) {
    long[] sourceUids = new long[originals.size()];
    long[] targetUids = new long[originals.size()];
    for (int i = 0; i < sourceUids.length; i++) {
      MailMessage original = originals.get(i);
      MailMessage copy = original.copyTo(target);
      long[] uidAndModseq =
          target.admit(original.getSizeBytes(), original.getFlags().contains(Flag.SEEN));
      copy.admitted(uidAndModseq[0], uidAndModseq[1], original.getFlags());
      em.persist(copy);
      target.useKeywords(original.getKeywords());
      sourceUids[i] = original.getUid();
      targetUids[i] = uidAndModseq[0];
    }
    if (sourceUids.length > 0) {
      notifier.changed(target);
    }
    return new CopyResult(FolderSummary.of(target), sourceUids, targetUids);
  }
}
