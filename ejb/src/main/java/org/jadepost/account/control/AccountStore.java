package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.Department;
import org.jadepost.account.entity.ProviderAdministrator;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.platform.entity.NotFoundException;

/**
 * Persistence of accounts and provider administrators. Every account query is scoped by domain
 * name: there is no lookup by bare id that could cross tenants.
 */
@ApplicationScoped
public class AccountStore {

  @PersistenceContext EntityManager em;

  public Optional<Account> find(String domain, String localPart) {
    return em.createNamedQuery(Account.BY_ADDRESS, Account.class)
        .setParameter("domain", domain)
        .setParameter("localPart", localPart)
        .getResultStream()
        .findFirst();
  }

  /** The account {@code localPart@domain}, or a 404-style error. */
  public Account require(String domain, String localPart) {
    return find(domain, localPart)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "account.notfound",
                    "No such user: " + localPart + "@" + domain,
                    localPart + "@" + domain));
  }

  /** The caller's own account; the provider administrator has none (403). */
  public Account own(Actor actor) {
    if (actor == null || actor.isProviderAdmin()) {
      throw new ForbiddenException("mailbox.none", "Only accounts have a mailbox");
    }
    return require(actor.domain(), actor.localPart());
  }

  public List<Account> byDomain(String domain, int offset, int limit) {
    return em.createNamedQuery(Account.BY_DOMAIN, Account.class)
        .setParameter("domain", domain)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countByDomain(String domain) {
    return em.createNamedQuery(Account.COUNT_BY_DOMAIN, Long.class)
        .setParameter("domain", domain)
        .getSingleResult();
  }

  public long count() {
    return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
  }

  /** The sum of the quotas already given to the domain's accounts. */
  public long allocatedQuota(String domain) {
    Number sum =
        em.createNamedQuery(Account.SUM_QUOTA_BY_DOMAIN, Number.class)
            .setParameter("domain", domain)
            .getSingleResult();
    return sum.longValue();
  }

  public long countInDepartment(Department department) {
    return em.createNamedQuery(Account.COUNT_BY_DEPARTMENT, Long.class)
        .setParameter("department", department)
        .getSingleResult();
  }

  public Account persist(Account account) {
    em.persist(account);
    em.flush();
    return account;
  }

  public void remove(Account account) {
    em.remove(account);
  }

  public Optional<ProviderAdministrator> findProviderAdmin(String username) {
    return em.createNamedQuery(ProviderAdministrator.BY_USERNAME, ProviderAdministrator.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public void persist(ProviderAdministrator administrator) {
    em.persist(administrator);
  }
}
