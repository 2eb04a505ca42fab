package org.jadepost.outbound.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jadepost.outbound.entity.DeliveryStatus;
import org.jadepost.outbound.entity.OutboundDelivery;

/**
 * Queue persistence. Claiming takes due rows with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2
 * 2.x), so workers on several nodes pick disjoint rows without waiting for each other, and then
 * sets a lease with a conditional UPDATE, so that even without row locks a row leased by another
 * worker is never taken twice. The claim commits at once: no lock is held while SMTP runs.
 */
@Stateless
public class OutboundStore {

  private static final String DUE =
      "SELECT id FROM outbound_delivery WHERE next_attempt_at <= ?1"
          + " AND (lease_until IS NULL OR lease_until < ?1)"
          + " ORDER BY next_attempt_at, id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";
  private static final String LEASE =
      "UPDATE outbound_delivery SET claimed_by = ?1, lease_until = ?2, version = version + 1"
          + " WHERE id = ?3 AND next_attempt_at IS NOT NULL"
          + " AND (lease_until IS NULL OR lease_until < ?4)";

  @PersistenceContext EntityManager em;

  public void persist(OutboundDelivery delivery) {
    em.persist(delivery);
  }

  /** Leases up to {@code limit} due entries to {@code worker} for {@code lease}. */
  public List<OutboundDelivery> claim(String worker, int limit, Duration lease) {
    Instant now = Instant.now();
    List<?> due =
        em.createNativeQuery(String.format(DUE, limit))
            .setParameter(1, Timestamp.from(now))
            .getResultList();
    List<Long> claimed = new ArrayList<>();
    for (Object id : due) {
      long key = ((Number) id).longValue();
      int updated =
          em.createNativeQuery(LEASE)
              .setParameter(1, worker)
              .setParameter(2, Timestamp.from(now.plus(lease)))
              .setParameter(3, key)
              .setParameter(4, Timestamp.from(now))
              .executeUpdate();
      if (updated == 1) {
        claimed.add(key);
      }
    }
    if (claimed.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT d FROM OutboundDelivery d WHERE d.id IN :ids ORDER BY d.id",
            OutboundDelivery.class)
        .setParameter("ids", claimed)
        .getResultList();
  }

  /** The entry, if {@code worker} still holds its lease (another may have taken it over). */
  public Optional<OutboundDelivery> leased(long id, String worker) {
    return Optional.ofNullable(em.find(OutboundDelivery.class, id))
        .filter(d -> worker.equals(d.getClaimedBy()));
  }

  /** A sender's entries for one accepted message. */
  public List<OutboundDelivery> byAcceptId(long senderAccountId, String acceptId) {
    return em.createNamedQuery(OutboundDelivery.BY_ACCEPT_ID, OutboundDelivery.class)
        .setParameter("sender", senderAccountId)
        .setParameter("acceptId", acceptId)
        .getResultList();
  }

  public long count(DeliveryStatus status) {
    return em.createNamedQuery(OutboundDelivery.COUNT_BY_STATUS, Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }
}
