package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
  private static final long CATCH_UP_NANOS = 2_000_000_000L;

  @PersistenceContext EntityManager em;
  @Inject BlobStore blobs;
  @Inject SearchIndex index;
  @Inject IndexCatchUp catchUp;
  @Inject SearchIndexFeeder feeder;

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
    Optional<Set<Long>> indexed = indexedBody(folder, key);
    LongStream.Builder found = LongStream.builder();
    for (Object[] row : rows) {
      SearchCandidate candidate = headers ? candidate(row) : lean(row);
      if (indexed.isPresent() && !indexed.get().contains(candidate.uid())) {
        continue;
      }
      if (evaluator.matches(key, candidate)) {
        found.add(candidate.uid());
      }
    }
    return found.build().toArray();
  }

  /**
   * For a search that requires {@code BODY} of Chinese characters only: the UIDs whose body the
   * full-text index says contains them, a superset of the answer (the index keeps every character
   * and every pair of neighbours), so only those messages are read. Other text (Latin words match
   * by substring in IMAP, by word in the index) reads every message, as before.
   */
  private Optional<Set<Long>> indexedBody(MailFolder folder, SearchKey key) {
    Optional<String> han = hanBody(key);
    if (han.isEmpty()) {
      return Optional.empty();
    }
    if (!catchUp.catchUp(folder, System.nanoTime() + CATCH_UP_NANOS)) {
      feeder.queue(folder.getId());
      return Optional.empty(); // an incomplete index is no superset: read every message
    }
    Set<Long> uids = new HashSet<>();
    for (SearchIndex.Found hit :
        index.search(
            SearchQueries.body(folder.getAccount().getId(), folder.getId(), han.get()),
            Math.max(1, folder.getMessageCount()))) {
      uids.add(hit.uid());
    }
    return Optional.of(uids);
  }

  // A BODY key the whole search requires (alone or in a top-level AND) with only Han characters.
  static Optional<String> hanBody(SearchKey key) {
    if (key instanceof SearchKey.Text text && text.bodyOnly() && han(text.value())) {
      return Optional.of(text.value());
    }
    if (key instanceof SearchKey.And and) {
      return and.keys().stream().map(MessageSearch::hanBody).flatMap(Optional::stream).findFirst();
    }
    return Optional.empty();
  }

  private static boolean han(String value) {
    return !value.isEmpty()
        && value
            .codePoints()
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
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
