package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.LongStream;
import org.jadepost.adapter.api.imap.SearchKey;
import org.jadepost.adapter.api.imap.UidRange;
import org.jadepost.mailbox.entity.Keywords;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.platform.control.BlobStore;

/**
 * Runs SEARCH over one folder: reads the searchable columns of the messages in the key's UID range
 * in one query, and lets {@link SearchEvaluator} decide, reading a message's bytes only for keys
 * the columns cannot answer.
 */
@ApplicationScoped
public class MessageSearch {

  private static final Logger LOG = Logger.getLogger(MessageSearch.class.getName());

  @PersistenceContext EntityManager em;
  @Inject BlobStore blobs;

  /** The UIDs of the messages of {@code folder} that match {@code key}, ascending. */
  public long[] search(MailFolder folder, SearchKey key) {
    SearchEvaluator evaluator = new SearchEvaluator(ZoneId.systemDefault(), this::load);
    long[] range = range(key);
    boolean headers = SearchEvaluator.readsHeaders(key);
    List<Object[]> rows =
        em.createNamedQuery(headers ? MailMessage.SEARCH : MailMessage.ROWS, Object[].class)
            .setParameter("folder", folder.getId())
            .setParameter("min", range[0])
            .setParameter("max", range[1])
            .getResultList();
    LongStream.Builder found = LongStream.builder();
    for (Object[] row : rows) {
      SearchCandidate candidate = headers ? candidate(row) : lean(row);
      if (evaluator.matches(key, candidate)) {
        found.add(candidate.uid());
      }
    }
    return found.build().toArray();
  }

  /** The UID range a top-level UID set (alone or in an AND) confines the search to. */
  static long[] range(SearchKey key) {
    if (key instanceof SearchKey.Uids uids && !uids.ranges().isEmpty()) {
      return new long[] {
        uids.ranges().stream().mapToLong(UidRange::first).min().orElse(1),
        uids.ranges().stream().mapToLong(UidRange::last).max().orElse(Long.MAX_VALUE)
      };
    }
    long[] range = {1, Long.MAX_VALUE};
    if (key instanceof SearchKey.And and) {
      for (SearchKey part : and.keys()) {
        long[] inner = range(part);
        range[0] = Math.max(range[0], inner[0]);
        range[1] = Math.min(range[1], inner[1]);
      }
    }
    return range;
  }

  private static SearchCandidate candidate(Object[] row) {
    String name = (String) row[7];
    String address = (String) row[8];
    String from = address == null ? null : (name == null ? address : name + " <" + address + ">");
    return new SearchCandidate(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).intValue(),
        Keywords.parse((String) row[2]),
        ((Number) row[3]).longValue(),
        (Instant) row[4],
        ((Number) row[5]).longValue(),
        (String) row[6],
        from,
        (String) row[9],
        ((String) row[10]).trim());
  }

  // A row of MailMessage.ROWS: flags, dates, size, UIDs and MODSEQ, no header columns.
  private static SearchCandidate lean(Object[] row) {
    return new SearchCandidate(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).intValue(),
        Keywords.parse((String) row[2]),
        ((Number) row[3]).longValue(),
        (Instant) row[4],
        ((Number) row[5]).longValue(),
        null,
        null,
        null,
        ((String) row[6]).trim());
  }

  private Optional<MessageText> load(SearchCandidate candidate) {
    try {
      Optional<InputStream> in = blobs.open(candidate.blobId());
      if (in.isEmpty()) {
        return Optional.empty();
      }
      try (InputStream raw = in.get()) {
        return Optional.of(MessageText.parse(raw));
      }
    } catch (IOException e) {
      LOG.warning(() -> "SEARCH could not read message " + candidate.uid() + ": " + e);
      return Optional.empty();
    }
  }
}
