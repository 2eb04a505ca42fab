package org.jadepost.drive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jadepost.account.entity.Account;

/**
 * A file in a user's transfer station (D5): announced with its size, filled chunk by chunk, shared
 * by a random token until it expires.
 */
@Entity
@Table(name = "transfer_file")
@NamedQuery(
    name = TransferFile.BY_ACCOUNT,
    query = "SELECT f FROM TransferFile f WHERE f.account = :account ORDER BY f.createdAt, f.id")
@NamedQuery(
    name = TransferFile.BY_TOKEN,
    query = "SELECT f FROM TransferFile f WHERE f.token = :token")
@NamedQuery(
    name = TransferFile.EXPIRED,
    query = "SELECT f FROM TransferFile f WHERE f.expiresAt < :now ORDER BY f.id")
public class TransferFile {

  public static final String BY_ACCOUNT = "TransferFile.byAccount";
  public static final String BY_TOKEN = "TransferFile.byToken";
  public static final String EXPIRED = "TransferFile.expired";

  @Id
  @SequenceGenerator(
      name = "transfer_file_seq",
      sequenceName = "transfer_file_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_file_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(nullable = false, length = 64, unique = true)
  private String token;

  @Column(nullable = false, length = 255)
  private String name;

  @Column(name = "content_type", nullable = false, length = 255)
  private String contentType;

  @Column(nullable = false)
  private long size;

  @Column(nullable = false)
  private long received;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Version private int version;

  protected TransferFile() {}

  public TransferFile(
      Account account, String token, String name, String contentType, long size, Duration keep) {
    this.account = account;
    this.token = token;
    this.name = name;
    this.contentType = contentType;
    this.size = size;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    this.expiresAt = createdAt.plus(keep);
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getToken() {
    return token;
  }

  public String getName() {
    return name;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public long getReceived() {
    return received;
  }

  public void setReceived(long received) {
    this.received = received;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  /** Whether every announced byte has arrived. */
  public boolean isComplete() {
    return received == size;
  }

  /** Whether the file is past its expiry at {@code now}. */
  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
