package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.mailbox.entity.FolderPassword;
import org.jadepost.mailbox.entity.LockScope;
import org.jadepost.mailbox.entity.UnlockAttempt;

/** Persistence of folder passwords and of the attempts to open protected folders (N1). */
@ApplicationScoped
public class FolderLockStore {

  /** The most attempts the log shows. */
  public static final int MAX_ATTEMPTS = 100;

  @PersistenceContext EntityManager em;

  /** The account's folder passwords. */
  public List<FolderPassword> of(Account account) {
    return em.createNamedQuery(FolderPassword.BY_ACCOUNT, FolderPassword.class)
        .setParameter("account", account.getId())
        .getResultList();
  }

  /** The account's password for {@code scope}, if it set one. */
  public Optional<FolderPassword> find(Account account, LockScope scope) {
    return of(account).stream().filter(p -> p.getScope() == scope).findFirst();
  }

  /** Stores {@code password}. */
  public void persist(FolderPassword password) {
    em.persist(password);
  }

  /** Forgets {@code password}. */
  public void remove(FolderPassword password) {
    em.remove(password);
  }

  /** Logs {@code attempt}. */
  public void log(UnlockAttempt attempt) {
    em.persist(attempt);
  }

  /** The account's attempts on {@code scope} since {@code since}, oldest first. */
  public List<UnlockAttempt> since(Account account, LockScope scope, Instant since) {
    return em.createNamedQuery(UnlockAttempt.RECENT, UnlockAttempt.class)
        .setParameter("account", account.getId())
        .setParameter("scope", scope)
        .setParameter("since", since)
        .getResultList();
  }

  /** The account's latest attempts, newest first. */
  public List<UnlockAttempt> attempts(Account account) {
    return em.createNamedQuery(UnlockAttempt.BY_ACCOUNT, UnlockAttempt.class)
        .setParameter("account", account.getId())
        .setMaxResults(MAX_ATTEMPTS)
        .getResultList();
  }
}
