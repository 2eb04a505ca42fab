package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jadepost.account.entity.LoginAttempt;
import org.jadepost.account.entity.LoginLogFilter;

/** Reads the login log, newest first; the caller decides the scope (domain or account). */
@ApplicationScoped
public class LoginLogStore {

  @PersistenceContext EntityManager em;

  /**
   * Entries matching every non-{@code null} condition.
   *
   * @param domainId only this domain's entries
   * @param accountId only this account's entries
   * @param filter the further conditions (its domain is ignored: {@code domainId} is the scope)
   */
  public List<LoginAttempt> find(
      Long domainId, Long accountId, LoginLogFilter filter, int offset, int limit) {
    Map<String, Object> conditions = new LinkedHashMap<>();
    conditions.put("domainId", domainId);
    conditions.put("accountId", accountId);
    conditions.put("accountAddress", filter.account());
    conditions.put("remoteAddress", filter.remoteAddress());
    conditions.put("result", filter.result());
    StringBuilder jpql = new StringBuilder("SELECT a FROM LoginAttempt a WHERE 1 = 1");
    conditions.forEach(
        (field, value) -> {
          if (value != null) {
            jpql.append(" AND a.").append(field).append(" = :").append(field);
          }
        });
    Instant from = filter.from();
    Instant to = filter.to();
    if (from != null) {
      jpql.append(" AND a.attemptedAt >= :from");
    }
    if (to != null) {
      jpql.append(" AND a.attemptedAt < :to");
    }
    jpql.append(" ORDER BY a.attemptedAt DESC, a.id DESC");
    TypedQuery<LoginAttempt> query = em.createQuery(jpql.toString(), LoginAttempt.class);
    conditions.forEach(
        (field, value) -> {
          if (value != null) {
            query.setParameter(field, value);
          }
        });
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }
}
