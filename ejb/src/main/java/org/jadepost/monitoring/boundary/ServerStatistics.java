package org.jadepost.monitoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  /** Whether the database answers a trivial query. */
  public boolean databaseUp() {
    try {
      domains.count();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
