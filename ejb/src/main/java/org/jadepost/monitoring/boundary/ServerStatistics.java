package org.jadepost.monitoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.jadepost.account.control.AccountStore;
import org.jadepost.monitoring.control.ProductVersion;
import org.jadepost.monitoring.entity.ServerStatus;
import org.jadepost.tenancy.control.DomainStore;

/** Figures about the whole installation, for operators only (JMX, health). */
@Stateless
public class ServerStatistics {

  @Inject DomainStore domains;
  @Inject AccountStore accounts;
  @Inject ProductVersion version;

  @PersistenceContext EntityManager em;

  /** The current counts and version. */
  public ServerStatus status() {
    return new ServerStatus(
        version.version(), version.startedAt(), domains.count(), accounts.count());
  }

  /** The product version; needs no database. */
  public String version() {
    return version.version();
  }

  /**
   * Whether the database answers and the schema migration has run. No transaction: a failed query
   * must not turn into a rolled-back transaction that the container logs as a system error.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean databaseUp() {
    try {
      Number applied =
          (Number)
              em.createNativeQuery("SELECT COUNT(*) FROM flyway_schema_history").getSingleResult();
      return applied.longValue() > 0;
    } catch (PersistenceException e) {
      return false;
    }
  }
}
