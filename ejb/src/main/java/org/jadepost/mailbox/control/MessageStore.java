package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;

/** Persistence of messages inside a folder the caller already resolved for its owner. */
@ApplicationScoped
public class MessageStore {

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

  /** Up to {@code limit} messages, newest first, after {@code cursor} (null: from the top). */
  public List<MailMessage> page(MailFolder folder, PageCursor cursor, int limit) {
    TypedQuery<MailMessage> query;
    if (cursor == null) {
      query = em.createNamedQuery(MailMessage.NEWEST, MailMessage.class);
    } else {
      query =
          em.createNamedQuery(MailMessage.OLDER_THAN, MailMessage.class)
              .setParameter("date", cursor.internalDate())
              .setParameter("id", cursor.id());
    }
    return query.setParameter("folder", folder).setMaxResults(limit).getResultList();
  }
}
