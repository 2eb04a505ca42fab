package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MessageSort;

/**
 * Keyset pages of a folder in any {@link MessageSort} order (webmail lists). Newest first by date
 * goes through {@link MessageStore#page}, which the list index serves; the other orders take the
 * value and id of the last row shown as their cursor, so no page uses OFFSET.
 */
@ApplicationScoped
public class SortedPages {

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject MessageStore store;

  /** Up to {@code limit} messages of {@code folder} after {@code cursor} (null: the first page). */
  public List<MailMessage> page(
      MailFolder folder, MessageSort sort, boolean ascending, String cursor, int limit) {
    if (sort == MessageSort.DATE && !ascending) {
      return store.page(folder, PageCursor.decode(cursor).orElse(null), limit);
    }
    String after = ascending ? ">" : "<";
    String direction = ascending ? " ASC" : " DESC";
    String key = sort.expression();
    Object[] position = position(sort, cursor);
    String where =
        position == null
            ? ""
            : " AND (" + key + after + " :v OR (" + key + " = :v AND m.id" + after + " :id))";
    TypedQuery<MailMessage> query =
        em.createQuery(
            "SELECT m FROM MailMessage m WHERE m.folderId = :folder"
                + where
                + " ORDER BY "
                + key
                + direction
                + ", m.id"
                + direction,
            MailMessage.class);
    query.setParameter("folder", folder.getId());
    if (position != null) {
      query.setParameter("v", position[0]).setParameter("id", position[1]);
    }
    return query.setMaxResults(limit).getResultList();
  }

  /** The cursor after {@code last} in order {@code sort}. */
  public static String cursor(MessageSort sort, MailMessage last) {
    if (sort == MessageSort.DATE) {
      return PageCursor.after(last).encode();
    }
    String value =
        switch (sort) {
          case SIZE -> Long.toString(last.getSizeBytes());
          case SENDER -> nullToEmpty(last.getFromAddress());
          default -> nullToEmpty(last.getSubject());
        };
    String plain = last.getId() + ":" + value;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  // {value, id} after which the page starts, or null for the first page or a malformed cursor.
  private static Object[] position(MessageSort sort, String cursor) {
    if (sort == MessageSort.DATE) {
      return PageCursor.decode(cursor)
          .map(c -> new Object[] {c.internalDate(), c.id()})
          .orElse(null);
    }
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      long id = Long.parseLong(plain.substring(0, colon));
      String value = plain.substring(colon + 1);
      return new Object[] {sort == MessageSort.SIZE ? Long.valueOf(value) : value, id};
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
