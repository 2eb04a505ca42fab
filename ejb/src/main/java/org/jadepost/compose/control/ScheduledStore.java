package org.jadepost.compose.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.compose.entity.ScheduledMail;
import org.jadepost.platform.entity.NotFoundException;

/**
 * Persistence of scheduled mail (C4). The sender claims one due row at a time with {@code FOR
 * UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x) and keeps the lock until it has handed the message to
 * submission, so two nodes never send the same row and a cancel waits for a send in progress.
 */
@ApplicationScoped
public class ScheduledStore {

  private static final String DUE =
      "SELECT id FROM scheduled_mail WHERE state = 'WAITING' AND send_at <= ?1"
          + " ORDER BY send_at, id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";

  @PersistenceContext EntityManager em;

  public void persist(ScheduledMail mail) {
    em.persist(mail);
  }

  public void remove(ScheduledMail mail) {
    em.remove(mail);
  }

  /** The next due message, locked until the transaction ends; empty when none is due. */
  public Optional<ScheduledMail> claimDue(Instant now) {
    List<?> ids = em.createNativeQuery(DUE).setParameter(1, Timestamp.from(now)).getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(ScheduledMail.class, ((Number) ids.get(0)).longValue()));
  }

  /** Message {@code id}, locked, if it still waits to be sent. */
  public Optional<ScheduledMail> lockWaiting(long id) {
    return Optional.ofNullable(em.find(ScheduledMail.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(mail -> mail.getState() == ScheduledMail.State.WAITING);
  }

  /** The account's waiting and refused messages, soonest first. */
  public List<ScheduledMail> list(Account account) {
    return em.createNamedQuery(ScheduledMail.BY_ACCOUNT, ScheduledMail.class)
        .setParameter("account", account)
        .setParameter("sent", ScheduledMail.State.SENT)
        .getResultList();
  }

  /** Message {@code id} of {@code account}, locked; another account's id is not found. */
  public ScheduledMail lockOwned(Account account, long id) {
    ScheduledMail mail = em.find(ScheduledMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null || !mail.getAccount().getId().equals(account.getId())) {
      throw new NotFoundException(
          "schedule.notfound", "No such scheduled message: " + id, String.valueOf(id));
    }
    return mail;
  }
}
