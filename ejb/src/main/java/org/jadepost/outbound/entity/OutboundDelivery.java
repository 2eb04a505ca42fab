package org.jadepost.outbound.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One recipient of one accepted message: the queue entry while it is pending, and its delivery
 * status afterwards. A worker owns it while {@code claimedBy} holds its id and the lease lasts.
 */
@Entity
@Table(name = "outbound_delivery")
@NamedQuery(
    name = OutboundDelivery.BY_ACCEPT_ID,
    query =
        "SELECT d FROM OutboundDelivery d WHERE d.senderAccountId = :sender"
            + " AND d.acceptId = :acceptId ORDER BY d.id")
@NamedQuery(
    name = OutboundDelivery.COUNT_BY_STATUS,
    query = "SELECT COUNT(d) FROM OutboundDelivery d WHERE d.status = :status")
public class OutboundDelivery {

  public static final String BY_ACCEPT_ID = "OutboundDelivery.byAcceptId";
  public static final String COUNT_BY_STATUS = "OutboundDelivery.countByStatus";

  @Id
  @SequenceGenerator(
      name = "outbound_delivery_seq",
      sequenceName = "outbound_delivery_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_delivery_seq")
  private Long id;

  @Column(name = "accept_id", nullable = false, length = 64)
  private String acceptId;

  @Column(name = "sender_account_id", nullable = false)
  private long senderAccountId;

  @Column(name = "reverse_path", nullable = false, length = 320)
  private String reversePath;

  @Column(nullable = false, length = 320)
  private String recipient;

  @Column(name = "recipient_domain", nullable = false, length = 255)
  private String recipientDomain;

  @Column(name = "blob_id", length = 64)
  private String blobId;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "remote_host", length = 255)
  private String remoteHost;

  @Column(length = 1000)
  private String reply;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected OutboundDelivery() {}

  /** A new entry, pending now, or already delivered for a hosted recipient. */
  public OutboundDelivery(
      String acceptId,
      long senderAccountId,
      String reversePath,
      String recipient,
      String blobId,
      long sizeBytes,
      DeliveryStatus status) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    this.acceptId = acceptId;
    this.senderAccountId = senderAccountId;
    this.reversePath = reversePath;
    this.recipient = recipient;
    this.recipientDomain = recipient.substring(recipient.lastIndexOf('@') + 1).toLowerCase();
    this.blobId = blobId;
    this.sizeBytes = sizeBytes;
    this.status = status;
    this.queuedAt = now;
    this.updatedAt = now;
    this.nextAttemptAt = status.isPending() ? now : null;
  }

  /** Accepted by {@code host} with {@code reply}; leaves the queue. */
  public void delivered(String host, String reply) {
    finish(DeliveryStatus.DELIVERED_REMOTE, host, reply);
  }

  /** Refused for good; leaves the queue. */
  public void bounced(String host, String reply) {
    finish(DeliveryStatus.BOUNCED, host, reply);
  }

  /** Failed for now; tried again at {@code next}. */
  public void deferred(String host, String reply, Instant next) {
    attempts++;
    status = DeliveryStatus.DEFERRED;
    remoteHost = host;
    this.reply = clip(reply);
    nextAttemptAt = next.truncatedTo(ChronoUnit.MICROS);
    release();
  }

  private void finish(DeliveryStatus outcome, String host, String reply) {
    attempts++;
    status = outcome;
    remoteHost = host;
    this.reply = clip(reply);
    nextAttemptAt = null;
    release();
  }

  private void release() {
    claimedBy = null;
    leaseUntil = null;
    updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static String clip(String text) {
    return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  /** The sender's view of this entry. */
  public RecipientStatus toStatus() {
    return new RecipientStatus(
        recipient, status, remoteHost, reply, attempts, nextAttemptAt, updatedAt);
  }

  public Long getId() {
    return id;
  }

  public String getAcceptId() {
    return acceptId;
  }

  public long getSenderAccountId() {
    return senderAccountId;
  }

  public String getReversePath() {
    return reversePath;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getRecipientDomain() {
    return recipientDomain;
  }

  public String getBlobId() {
    return blobId;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getQueuedAt() {
    return queuedAt;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
