package org.jadepost.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A message answered with 250 on an SMTP listener. The id is the one in "queued as"; it keys the
 * replay of the commit journal, and the rows of one sender count against his rate limit.
 */
@Entity
@Table(name = "accepted_message")
@NamedQuery(
    name = AcceptedMessage.COUNT_SINCE,
    query =
        "SELECT COUNT(m) FROM AcceptedMessage m"
            + " WHERE m.accountId = :account AND m.acceptedAt >= :since")
@NamedQuery(
    name = AcceptedMessage.DELETE_BEFORE,
    query = "DELETE FROM AcceptedMessage m WHERE m.acceptedAt < :before")
public class AcceptedMessage {

  public static final String COUNT_SINCE = "AcceptedMessage.countSince";
  public static final String DELETE_BEFORE = "AcceptedMessage.deleteBefore";

  @Id
  @Column(length = 32)
  private String id;

  @Column(nullable = false, length = 16)
  private String listener;

  @Column(name = "account_id")
  private Long accountId;

  @Column(nullable = false)
  private int recipients;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  protected AcceptedMessage() {}

  public AcceptedMessage(
      String id, String listener, Long accountId, int recipients, long sizeBytes) {
    this.id = id;
    this.listener = listener;
    this.accountId = accountId;
    this.recipients = recipients;
    this.sizeBytes = sizeBytes;
    this.acceptedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public String getId() {
    return id;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
