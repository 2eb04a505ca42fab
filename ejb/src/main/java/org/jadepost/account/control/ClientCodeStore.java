package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.ClientCode;

/** Persistence of authorization codes; every query is scoped to one account. */
@ApplicationScoped
public class ClientCodeStore {

  @PersistenceContext EntityManager em;

  public List<ClientCode> of(Account account) {
    return em.createNamedQuery(ClientCode.BY_ACCOUNT, ClientCode.class)
        .setParameter("account", account)
        .getResultList();
  }

  /** The codes of {@code account} whose hint is {@code hint}: almost always none or one. */
  public List<ClientCode> candidates(Account account, String hint) {
    return em.createNamedQuery(ClientCode.BY_HINT, ClientCode.class)
        .setParameter("account", account)
        .setParameter("hint", hint)
        .getResultList();
  }

  public long count(Account account) {
    return em.createNamedQuery(ClientCode.COUNT_BY_ACCOUNT, Long.class)
        .setParameter("account", account)
        .getSingleResult();
  }

  /** The code {@code id} if it belongs to {@code account}. */
  public Optional<ClientCode> find(Account account, long id) {
    ClientCode code = em.find(ClientCode.class, id);
    return code != null && code.getAccount().getId().equals(account.getId())
        ? Optional.of(code)
        : Optional.empty();
  }

  public ClientCode persist(ClientCode code) {
    em.persist(code);
    em.flush();
    return code;
  }

  public void remove(ClientCode code) {
    em.remove(code);
  }
}
