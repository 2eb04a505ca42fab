package org.jadepost.monitoring.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.control.LoginStatistics;
import org.jadepost.account.control.LoginThrottle;
import org.jadepost.monitoring.control.ProductVersion;
import org.jadepost.monitoring.entity.LoginCounts;
import org.jadepost.monitoring.entity.ServerStatus;
import org.jadepost.outbound.control.OutboundStore;
import org.jadepost.outbound.entity.DeliveryStatus;
import org.jadepost.tenancy.control.DomainStore;

/** Figures about the whole installation, for operators only (JMX, health). */
@Stateless
public class ServerStatistics {

  @Inject DomainStore domains;
  @Inject AccountStore accounts;
  @Inject ProductVersion version;
  @Inject OutboundStore outbound;
  @Inject LoginStatistics logins;
  @Inject LoginThrottle throttle;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  /** The current counts and version. */
  public ServerStatus status() {
    return new ServerStatus(
        version.version(), version.startedAt(), domains.count(), accounts.count());
  }

  /** Outbound deliveries not yet sent (queued or deferred). */
  public long outboundQueueSize() {
    return outbound.count(DeliveryStatus.QUEUED) + outboundDeferredCount();
  }

  /** Outbound deliveries waiting for a retry. */
  public long outboundDeferredCount() {
    return outbound.count(DeliveryStatus.DEFERRED);
  }

  /** Login counters of this node (B4); needs no database. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public LoginCounts logins() {
    return new LoginCounts(
        logins.successes(),
        logins.failures(),
        logins.refusals(),
        logins.locks(),
        throttle.lockedCount());
  }

  /** The product version; needs no database. */
  public String version() {
    return version.version();
  }

  /**
   * Whether the database answers and the schema migration has run. Plain JDBC without a
   * transaction: before the migration the query fails, and that must neither roll back a
   * transaction nor fill the log with the JPA provider's stack traces.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean databaseUp() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
      return rows.next() && rows.getLong(1) > 0;
    } catch (SQLException e) {
      return false;
    }
  }
}
