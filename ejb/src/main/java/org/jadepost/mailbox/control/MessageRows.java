package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.mailbox.entity.FolderDelta;
import org.jadepost.mailbox.entity.FolderSnapshot;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.Keywords;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MessageRow;
import org.jadepost.mailbox.entity.MessageState;
import org.jadepost.mailbox.entity.UidSet;

/**
 * Reads message metadata as rows, not entities, for a folder the caller already resolved for its
 * owner: the SELECT snapshot, FETCH metadata, and the changes since a MODSEQ.
 */
@ApplicationScoped
public class MessageRows {

  @PersistenceContext EntityManager em;

  /** Every UID and flag set of {@code folder} in one query (SELECT, RFC 3501 §6.3.1). */
  public FolderSnapshot snapshot(MailFolder folder) {
    List<Object[]> rows =
        em.createNamedQuery(MailMessage.SNAPSHOT, Object[].class)
            .setParameter("folder", folder.getId())
            .getResultList();
    long[] uids = new long[rows.size()];
    int[] flags = new int[rows.size()];
    for (int i = 0; i < uids.length; i++) {
      uids[i] = ((Number) rows.get(i)[0]).longValue();
      flags[i] = ((Number) rows.get(i)[1]).intValue();
    }
    return new FolderSnapshot(FolderSummary.of(folder), uids, flags, folder.getKeywords());
  }

  /** The metadata of the messages of {@code folder} in {@code uids}, ascending. */
  public List<MessageRow> rows(MailFolder folder, UidSet uids) {
    List<Object[]> rows =
        em.createNamedQuery(MailMessage.ROWS, Object[].class)
            .setParameter("folder", folder.getId())
            .setParameter("min", uids.min())
            .setParameter("max", uids.max())
            .getResultList();
    List<MessageRow> found = new ArrayList<>();
    for (Object[] row : rows) {
      long uid = ((Number) row[0]).longValue();
      if (uids.contains(uid)) {
        found.add(
            new MessageRow(
                uid,
                ((Number) row[1]).intValue(),
                Keywords.parse((String) row[2]),
                ((Number) row[3]).longValue(),
                (Instant) row[4],
                ((Number) row[5]).longValue(),
                ((String) row[6]).trim()));
      }
    }
    return found;
  }

  /** What changed in {@code folder} after {@code modseq}. */
  public FolderDelta changesSince(MailFolder folder, long modseq) {
    List<MessageState> changed = new ArrayList<>();
    for (Object[] row :
        em.createNamedQuery(MailMessage.CHANGED_SINCE, Object[].class)
            .setParameter("folder", folder.getId())
            .setParameter("modseq", modseq)
            .getResultList()) {
      changed.add(
          new MessageState(
              ((Number) row[0]).longValue(),
              ((Number) row[1]).intValue(),
              Keywords.parse((String) row[2]),
              ((Number) row[3]).longValue()));
    }
    List<?> expunged =
        em.createNativeQuery(
                "SELECT uid FROM mail_expunged WHERE folder_id = ?1 AND modseq > ?2 ORDER BY uid")
            .setParameter(1, folder.getId())
            .setParameter(2, modseq)
            .getResultList();
    long[] gone = expunged.stream().mapToLong(n -> ((Number) n).longValue()).toArray();
    return new FolderDelta(FolderSummary.of(folder), changed, gone);
  }

  /** The message entities of {@code folder} in {@code uids}, ascending, for changing them. */
  public List<MailMessage> entities(MailFolder folder, UidSet uids) {
    return em.createNamedQuery(MailMessage.IN_RANGE, MailMessage.class)
        .setParameter("folder", folder.getId())
        .setParameter("min", uids.min())
        .setParameter("max", uids.max())
        .getResultStream()
        .filter(m -> uids.contains(m.getUid()))
        .toList();
  }
}
