package org.jadepost.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.control.TenantGuard;
import org.jadepost.account.entity.Actor;
import org.jadepost.platform.entity.NotFoundException;
import org.jadepost.tenancy.entity.MailDomain;

/** Persistence of {@link MailDomain}s. Joins the caller's transaction. */
@ApplicationScoped
public class DomainStore {

  @PersistenceContext EntityManager em;

  public Optional<MailDomain> find(String name) {
    return em.createNamedQuery(MailDomain.BY_NAME, MailDomain.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  /** The domain named {@code name}, or a 404-style error. */
  public MailDomain require(String name) {
    return find(name)
        .orElseThrow(
            () -> new NotFoundException("domain.notfound", "No such domain: " + name, name));
  }

  /**
   * The domain {@code name} (any spelling, IDN included) if {@code actor} administers it: the check
   * every account and department use case starts with.
   */
  public MailDomain requireAdministered(Actor actor, String name) {
    String canonical = DomainNames.normalize(name);
    TenantGuard.requireAdminOf(actor, canonical);
    return require(canonical);
  }

  public List<MailDomain> all() {
    return em.createNamedQuery(MailDomain.ALL, MailDomain.class).getResultList();
  }

  public long count() {
    return em.createNamedQuery(MailDomain.COUNT, Long.class).getSingleResult();
  }

  public MailDomain persist(MailDomain domain) {
    em.persist(domain);
    em.flush();
    return domain;
  }
}
