package org.jadepost.mailbox.entity;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One attempt to open a password-protected folder (FEATURES N1), right or wrong. */
@Entity
@Table(name = "folder_unlock_attempt")
@NamedQuery(
    name = UnlockAttempt.BY_ACCOUNT,
    query =
        "SELECT a FROM UnlockAttempt a WHERE a.accountId = :account"
            + " ORDER BY a.attemptedAt DESC, a.id DESC")
@NamedQuery(
    name = UnlockAttempt.RECENT,
    query =
        "SELECT a FROM UnlockAttempt a WHERE a.accountId = :account AND a.scope = :scope"
            + " AND a.attemptedAt >= :since ORDER BY a.attemptedAt, a.id")
public class UnlockAttempt {

  public static final String BY_ACCOUNT = "UnlockAttempt.byAccount";
  public static final String RECENT = "UnlockAttempt.recent";

  @Id
  @SequenceGenerator(
      name = "folder_unlock_attempt_seq",
      sequenceName = "folder_unlock_attempt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "folder_unlock_attempt_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LockScope scope;

  @Column(name = "folder_path", nullable = false, length = 1024)
  private String folderPath;

  @Column(nullable = false)
  private boolean succeeded;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private UnlockOutcome outcome;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  protected UnlockAttempt() {}

  public UnlockAttempt(
      Long accountId, LockScope scope, String folderPath, UnlockOutcome outcome, Instant at) {
    this.accountId = accountId;
    this.scope = scope;
    this.folderPath = folderPath;
    this.outcome = outcome;
    this.succeeded = outcome == UnlockOutcome.OPENED;
    this.attemptedAt = at.truncatedTo(ChronoUnit.MICROS);
  }

  /** Marks this wrong attempt as the one that locked the folder. */
  public void locked() {
    this.outcome = UnlockOutcome.LOCKED;
  }

  public LockScope getScope() {
    return scope;
  }

  public String getFolderPath() {
    return folderPath;
  }

  public boolean isSucceeded() {
    return succeeded;
  }

  public UnlockOutcome getOutcome() {
    return outcome;
  }

  public Instant getAttemptedAt() {
    return attemptedAt;
  }
}
