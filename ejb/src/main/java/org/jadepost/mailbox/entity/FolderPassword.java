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

/** The password of one protected folder scope of one account (FEATURES N1), hashed. */
@Entity
@Table(name = "folder_password")
@NamedQuery(
    name = FolderPassword.BY_ACCOUNT,
    query = "SELECT p FROM FolderPassword p WHERE p.accountId = :account ORDER BY p.scope")
public class FolderPassword {

  public static final String BY_ACCOUNT = "FolderPassword.byAccount";

  @Id
  @SequenceGenerator(
      name = "folder_password_seq",
      sequenceName = "folder_password_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "folder_password_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LockScope scope;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  protected FolderPassword() {}

  public FolderPassword(Long accountId, LockScope scope, String passwordHash) {
    this.accountId = accountId;
    this.scope = scope;
    this.passwordHash = passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public LockScope getScope() {
    return scope;
  }

  public String getPasswordHash() {
    return passwordHash;
  }
}
