package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.mailbox.control.SearchIndex.Entry;
import org.jadepost.mailbox.control.SearchIndex.FolderMark;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.platform.control.BlobStore;

/**
 * Brings the search index of a folder up to date with the database: indexes the messages from the
 * folder's mark up to its UIDNEXT (UIDs only grow, so these are exactly the new ones, moved-in ones
 * included) and removes the ones expunged since the mark's MODSEQ (the IMAP tombstones). A new
 * UIDVALIDITY starts the folder over. Idempotent, so two catch-ups of one folder do no harm.
 */
@ApplicationScoped
public class IndexCatchUp {

  private static final Logger LOG = Logger.getLogger(IndexCatchUp.class.getName());
  private static final int BATCH = 200;
  private static final int STRIPES = 64;

  @PersistenceContext EntityManager em;
  @Inject SearchIndex index;
  @Inject BlobStore blobs;

  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  public IndexCatchUp() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /**
   * Catches up folder {@code folderId} until {@code deadline} ({@link System#nanoTime()}), or drops
   * it from the index when it is gone; returns whether it is complete. One transaction per slice.
   */
  @Transactional
  public boolean folder(long folderId, long deadline) {
    MailFolder folder = em.find(MailFolder.class, folderId);
    if (folder == null) {
      index.drop(folderId);
      return true;
    }
    return catchUp(folder, deadline);
  }

  /**
   * Catches up {@code folder} until {@link System#nanoTime()} passes {@code deadline}; returns
   * whether the folder is now complete. A search waits this long at most: the first search of a
   * large mailbox that was never indexed (an import, a lost index) leaves the rest to the feeder.
   */
  public boolean catchUp(MailFolder folder, long deadline) {
    ReentrantLock lock = locks[(int) Math.floorMod(folder.getId(), (long) STRIPES)];
    try {
      // Whoever holds the folder is catching it up already; wait no longer than the deadline.
      if (!lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    try {
      FolderMark mark = index.mark(folder.getId());
      long uidValidity = folder.getUidValidity();
      long uidNext = folder.getUidNext();
      long modseq = folder.getHighestModseq();
      boolean restart = mark.uidValidity() != uidValidity;
      if (!restart && mark.uidNext() >= uidNext && mark.modseq() >= modseq) {
        return true;
      }
      long[] expunged = restart ? new long[0] : expunged(folder.getId(), mark.modseq(), modseq);
      long from = restart ? 1 : mark.uidNext();
      boolean first = true;
      do {
        List<Object[]> rows =
            em.createNamedQuery(MailMessage.SEARCH, Object[].class)
                .setParameter("folder", folder.getId())
                .setParameter("min", from)
                .setParameter("max", uidNext - 1)
                .setMaxResults(BATCH)
                .getResultList();
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
          entries.add(entry(folder, row));
        }
        from = rows.size() < BATCH ? uidNext : entries.get(entries.size() - 1).uid() + 1;
        index.apply(
            folder.getId(),
            restart && first,
            entries,
            first ? expunged : new long[0],
            new FolderMark(uidValidity, from, modseq));
        first = false;
        if (from < uidNext && System.nanoTime() - deadline > 0) {
          return false;
        }
      } while (from < uidNext);
      return true;
    } finally {
      lock.unlock();
    }
  }

  private long[] expunged(long folderId, long after, long upTo) {
    List<?> uids =
        em.createNativeQuery(
                "SELECT uid FROM mail_expunged WHERE folder_id = ?1 AND modseq > ?2"
                    + " AND modseq <= ?3")
            .setParameter(1, folderId)
            .setParameter(2, after)
            .setParameter(3, upTo)
            .getResultList();
    return uids.stream().mapToLong(n -> ((Number) n).longValue()).toArray();
  }

  // Row of MailMessage.SEARCH: uid, flags, keywords, modseq, internalDate, size, subject,
  // fromName, fromAddress, toAddresses, blobId.
  private Entry entry(MailFolder folder, Object[] row) {
    long uid = ((Number) row[0]).longValue();
    String subject = text(row[6]);
    String from = text(row[7]) + " " + text(row[8]);
    String to = text(row[9]);
    String body = "";
    List<String> attachments = List.of();
    Optional<MessageText> parsed = parse((String) row[10]);
    if (parsed.isPresent()) {
      MessageText message = parsed.get();
      subject = subject + "\n" + message.headerText("subject");
      from = from + "\n" + message.headerText("from");
      to = message.headerText("to") + message.headerText("cc");
      body = message.bodyText();
      attachments = message.attachmentNames();
    }
    return new Entry(
        folder.getAccount().getId(),
        folder.getId(),
        uid,
        ((Instant) row[4]).toEpochMilli(),
        subject,
        from,
        to,
        body,
        attachments);
  }

  // A message that cannot be read or parsed is still found by its list columns.
  private Optional<MessageText> parse(String blobId) {
    try {
      Optional<InputStream> raw = blobs.open(blobId);
      if (raw.isEmpty()) {
        return Optional.empty();
      }
      try (InputStream in = raw.get()) {
        return Optional.of(MessageText.parse(in));
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Indexing blob " + blobId + " by its columns only", e);
      return Optional.empty();
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
