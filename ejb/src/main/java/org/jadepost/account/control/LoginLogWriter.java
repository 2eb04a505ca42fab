package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jadepost.account.entity.ClientCode;
import org.jadepost.account.entity.LoginAttempt;

/**
 * Writes login log rows in a transaction of their own, so that an entry commits even when the login
 * ends in an exception that rolls the caller's transaction back (a lock), and a row costs one
 * insert and a commit, nothing like the password hash before it. A code used for a successful login
 * gets its last-used time in the same transaction. A failure to write fails the login: no login
 * goes unlogged.
 */
@ApplicationScoped
public class LoginLogWriter {

  @PersistenceContext EntityManager em;
  @Inject LoginStatistics statistics;

  /** Commits {@code entries} now, and marks {@code codeId} (if not {@code null}) as used. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void write(List<LoginAttempt> entries, Long codeId) {
    for (LoginAttempt entry : entries) {
      em.persist(entry);
    }
    if (codeId != null) {
      em.createNamedQuery(ClientCode.TOUCH)
          .setParameter("now", entries.get(0).getAttemptedAt())
          .setParameter("id", codeId)
          .executeUpdate();
    }
    entries.stream().map(LoginAttempt::getResult).forEach(statistics::count);
  }

  /** Deletes the entries older than {@code before}; returns how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int deleteBefore(Instant before) {
    return em.createNamedQuery(LoginAttempt.DELETE_BEFORE)
        .setParameter("before", before)
        .executeUpdate();
  }
}
