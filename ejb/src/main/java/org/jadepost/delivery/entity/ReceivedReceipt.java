package org.jadepost.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A read receipt a user received for a message he sent (C5): who reported it, what he reported
 * ({@code displayed}, {@code deleted}, ...) and when.
 */
@Entity
@Table(name = "received_receipt")
@NamedQuery(
    name = ReceivedReceipt.FOR_MESSAGE,
    query =
        "SELECT r FROM ReceivedReceipt r WHERE r.accountId = :account"
            + " AND r.originalMessageId = :messageId ORDER BY r.reportedAt, r.id")
public class ReceivedReceipt {

  public static final String FOR_MESSAGE = "ReceivedReceipt.forMessage";

  @Id
  @SequenceGenerator(
      name = "received_receipt_seq",
      sequenceName = "received_receipt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "received_receipt_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "original_message_id", nullable = false, length = 998)
  private String originalMessageId;

  @Column(nullable = false, length = 320)
  private String reporter;

  @Column(nullable = false, length = 64)
  private String disposition;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  protected ReceivedReceipt() {}

  /** What {@code notification} reported to account {@code accountId}, at {@code at}. */
  public ReceivedReceipt(long accountId, DispositionNotification notification, Instant at) {
    this.accountId = accountId;
    this.originalMessageId = notification.originalMessageId();
    this.reporter = notification.finalRecipient();
    this.disposition = notification.disposition();
    this.reportedAt = at.truncatedTo(ChronoUnit.MICROS);
  }

  public String getReporter() {
    return reporter;
  }

  public String getDisposition() {
    return disposition;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }
}
