package org.jadepost.account.entity;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A client authorization code (T7): a random secret a user types into a mail client instead of his
 * password. Only a slow salted hash is kept; the code itself is shown once, when it is created.
 */
@Entity
@Table(name = "client_code")
@NamedQuery(
    name = ClientCode.BY_ACCOUNT,
    query = "SELECT c FROM ClientCode c WHERE c.account = :account ORDER BY c.createdAt, c.id")
@NamedQuery(
    name = ClientCode.BY_HINT,
    query = "SELECT c FROM ClientCode c WHERE c.account = :account AND c.hint = :hint")
@NamedQuery(
    name = ClientCode.COUNT_BY_ACCOUNT,
    query = "SELECT COUNT(c) FROM ClientCode c WHERE c.account = :account")
@NamedQuery(
    name = ClientCode.TOUCH,
    query = "UPDATE ClientCode c SET c.lastUsedAt = :now WHERE c.id = :id")
public class ClientCode {

  public static final String BY_ACCOUNT = "ClientCode.byAccount";
  public static final String BY_HINT = "ClientCode.byHint";
  public static final String COUNT_BY_ACCOUNT = "ClientCode.countByAccount";
  public static final String TOUCH = "ClientCode.touch";

  @Id
  @SequenceGenerator(
      name = "client_code_seq",
      sequenceName = "client_code_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_code_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(nullable = false, length = 100)
  private String label;

  @Column(nullable = false, length = 8)
  private String hint;

  @Column(name = "code_hash", nullable = false)
  private String codeHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ClientCode() {}

  public ClientCode(Account account, String label, String hint, String codeHash) {
    this.account = account;
    this.label = label;
    this.hint = hint;
    this.codeHash = codeHash;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getLabel() {
    return label;
  }

  public String getCodeHash() {
    return codeHash;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }
}
