package org.jadepost.tenancy.entity;

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

/** A hosted company domain: the tenant every account, folder and message belongs to. */
@Entity
@Table(name = "mail_domain")
@NamedQuery(name = MailDomain.BY_NAME, query = "SELECT d FROM MailDomain d WHERE d.name = :name")
@NamedQuery(name = MailDomain.ALL, query = "SELECT d FROM MailDomain d ORDER BY d.name")
@NamedQuery(name = MailDomain.COUNT, query = "SELECT COUNT(d) FROM MailDomain d")
public class MailDomain {

  public static final String BY_NAME = "MailDomain.byName";
  public static final String ALL = "MailDomain.all";
  public static final String COUNT = "MailDomain.count";

  @Id
  @SequenceGenerator(
      name = "mail_domain_seq",
      sequenceName = "mail_domain_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_domain_seq")
  private Long id;

  @Column(nullable = false, length = 253)
  private String name;

  @Column(name = "display_name", length = 200)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Edition edition;

  @Column(name = "quota_bytes", nullable = false)
  private long quotaBytes;

  @Column(name = "user_quota_bytes", nullable = false)
  private long userQuotaBytes;

  @Column(name = "max_users", nullable = false)
  private int maxUsers;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected MailDomain() {}

  public MailDomain(String name, Edition edition, long quotaBytes, long userQuotaBytes) {
    this.name = name;
    this.edition = edition;
    this.quotaBytes = quotaBytes;
    this.userQuotaBytes = userQuotaBytes;
    this.maxUsers = 1000;
    this.enabled = true;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Edition getEdition() {
    return edition;
  }

  public void setEdition(Edition edition) {
    this.edition = edition;
  }

  public long getQuotaBytes() {
    return quotaBytes;
  }

  public void setQuotaBytes(long quotaBytes) {
    this.quotaBytes = quotaBytes;
  }

  public long getUserQuotaBytes() {
    return userQuotaBytes;
  }

  public void setUserQuotaBytes(long userQuotaBytes) {
    this.userQuotaBytes = userQuotaBytes;
  }

  public int getMaxUsers() {
    return maxUsers;
  }

  public void setMaxUsers(int maxUsers) {
    this.maxUsers = maxUsers;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
