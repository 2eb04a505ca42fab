package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MessageSort;

/**
 * Keyset pages of a folder in any {@link MessageSort} order (webmail lists). Newest first by date
 * goes through {@link MessageStore#page}; the other orders read the index of their column from the
 * cursor on ({@link SortCursor}), so no page uses OFFSET or sorts the folder. A nullable column is
 * read in two runs, messages without the value and messages with it, each a range of the index;
 * {@code COALESCE} in the query would keep the database from using the index at all.
 */
@ApplicationScoped
public class SortedPages {

  @PersistenceContext EntityManager em;
  @Inject MessageStore store;

  /** Up to {@code limit} messages of {@code folder} after {@code cursor} (null: the first page). */
  public List<MailMessage> page(
      MailFolder folder, MessageSort sort, boolean ascending, String cursor, int limit) {
    if (sort == MessageSort.DATE && !ascending) {
      return store.page(folder, PageCursor.decode(cursor).orElse(null), limit);
    }
    SortCursor from = SortCursor.decode(sort, cursor).orElse(null);
    List<Boolean> runs = runs(sort, ascending);
    int first = from == null ? 0 : runs.indexOf(from.missing());
    List<MailMessage> page = new ArrayList<>();
    for (int run = Math.max(first, 0); run < runs.size() && page.size() < limit; run++) {
      SortCursor after = run == first ? from : null;
      page.addAll(query(folder, sort, ascending, runs.get(run), after, limit - page.size()));
    }
    return page;
  }

  private static String bound(boolean ascending) {
    return ascending ? " >= :v" : " <= :v";
  }

  // A value no message's value is below: every message with a value is in the range.
  private static Object lowest(MessageSort sort) {
    return switch (sort) {
      case DATE -> Instant.parse("1900-01-01T00:00:00Z");
      case SIZE -> Long.MIN_VALUE;
      default -> "";
    };
  }

  // The runs in reading order: true is "without the value".
  private static List<Boolean> runs(MessageSort sort, boolean ascending) {
    if (!sort.nullable()) {
      return List.of(false);
    }
    return ascending ? List.of(true, false) : List.of(false, true);
  }

  private List<MailMessage> query(
      MailFolder folder,
      MessageSort sort,
      boolean ascending,
      boolean missing,
      SortCursor after,
      int limit) {
    String col = sort.column();
    String dir = ascending ? " ASC" : " DESC";
    String gt = ascending ? " > " : " < ";
    StringBuilder jpql =
        new StringBuilder("SELECT m FROM MailMessage m WHERE m.folderId = :folder");
    if (missing) {
      jpql.append(" AND ").append(col).append(" IS NULL");
      if (after != null) {
        jpql.append(" AND m.id").append(gt).append(":id");
      }
    } else {
      // A range on the column (always, not only after a cursor) is what makes H2 read the
      // order's own index instead of another one plus a sort of the whole folder, as in
      // MessageStore.page; for a nullable column it also leaves out the messages without a value.
      jpql.append(" AND ").append(col).append(after == null ? " >= :lowest" : bound(ascending));
      if (after != null) {
        jpql.append(" AND (").append(col).append(gt).append(":v OR (");
        jpql.append(col).append(" = :v AND m.id").append(gt).append(":id))");
      }
    }
    jpql.append(" ORDER BY m.folderId, ").append(col).append(dir).append(", m.id").append(dir);
    TypedQuery<MailMessage> query =
        em.createQuery(jpql.toString(), MailMessage.class).setParameter("folder", folder.getId());
    if (!missing && after == null) {
      query.setParameter("lowest", lowest(sort));
    }
    if (after != null) {
      query.setParameter("id", after.id());
      if (!missing) {
        query.setParameter("v", after.value());
      }
    }
    return query.setMaxResults(limit).getResultList();
  }
}
