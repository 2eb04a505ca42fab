package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;

/** Persistence of messages inside a folder the caller already resolved for its owner. */
@ApplicationScoped
public class MessageStore {

  /** A cursor before every message: the first page is read with the same range query. */
  private static final PageCursor TOP =
      new PageCursor(Instant.parse("9999-12-31T00:00:00Z"), Long.MAX_VALUE);

  @PersistenceContext EntityManager em;

  public void persist(MailMessage message) {
    em.persist(message);
  }

  public Optional<MailMessage> find(MailFolder folder, long uid) {
    return em.createNamedQuery(MailMessage.BY_UID, MailMessage.class)
        .setParameter("folder", folder)
        .setParameter("uid", uid)
        .getResultStream()
        .findFirst();
  }

  /**
   * The POP3 maildrop of {@code folder}: messages not hidden from POP3 with an internal date from
   * {@code since} on, in UID order.
   */
  public List<MailMessage> popMaildrop(MailFolder folder, Instant since) {
    return em.createNamedQuery(MailMessage.POP_MAILDROP, MailMessage.class)
        .setParameter("folder", folder.getId())
        .setParameter("since", since)
        .getResultList();
  }

  /** Up to {@code limit} messages, newest first, after {@code cursor} (null: from the top). */
  public List<MailMessage> page(MailFolder folder, PageCursor cursor, int limit) {
    PageCursor from = cursor == null ? TOP : cursor;
    TypedQuery<MailMessage> query =
        em.createNamedQuery(MailMessage.OLDER_THAN, MailMessage.class)
            .setParameter("date", from.internalDate())
            .setParameter("id", from.id());
    return query.setParameter("folder", folder.getId()).setMaxResults(limit).getResultList();
  }
}
