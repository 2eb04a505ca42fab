package org.jadepost.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jadepost.tenancy.entity.MailDomain;

/** A mailbox owner in a domain: a user, possibly also the domain's administrator. */
@Entity
@Table(name = "account")
@NamedQuery(
    name = Account.BY_ADDRESS,
    query = "SELECT a FROM Account a WHERE a.domain.name = :domain AND a.localPart = :localPart")
@NamedQuery(
    name = Account.BY_DOMAIN,
    query = "SELECT a FROM Account a WHERE a.domain.name = :domain ORDER BY a.localPart")
@NamedQuery(
    name = Account.COUNT_BY_DOMAIN,
    query = "SELECT COUNT(a) FROM Account a WHERE a.domain.name = :domain")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(
    name = Account.SUM_QUOTA_BY_DOMAIN,
    query = "SELECT COALESCE(SUM(a.quotaBytes), 0) FROM Account a WHERE a.domain.name = :domain")
@NamedQuery(
    name = Account.COUNT_BY_DEPARTMENT,
    query = "SELECT COUNT(a) FROM Account a WHERE a.department = :department")
public class Account {

  public static final String BY_ADDRESS = "Account.byAddress";
  public static final String BY_DOMAIN = "Account.byDomain";
  public static final String COUNT_BY_DOMAIN = "Account.countByDomain";
  public static final String COUNT = "Account.count";
  public static final String SUM_QUOTA_BY_DOMAIN = "Account.sumQuotaByDomain";
  public static final String COUNT_BY_DEPARTMENT = "Account.countByDepartment";

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "domain_id", nullable = false)
  private MailDomain domain;

  @Column(name = "local_part", nullable = false, length = 64)
  private String localPart;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Role role;

  @Column(name = "quota_bytes", nullable = false)
  private long quotaBytes;

  @Column(nullable = false)
  private boolean enabled;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(name = "save_sent", nullable = false)
  private boolean saveSent = true;

  @Enumerated(EnumType.STRING)
  @Column(name = "pop_range", nullable = false, length = 16)
  private PopRange popRange = PopRange.LAST_WEEK;

  @Column(name = "pop_delete_protection", nullable = false)
  private boolean popDeleteProtection;

  @Column(name = "require_client_codes", nullable = false)
  private boolean requireClientCodes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected Account() {}

  public Account(
      MailDomain domain, String localPart, String displayName, String passwordHash, long quota) {
    this.domain = domain;
    this.localPart = localPart;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.quotaBytes = quota;
    this.role = Role.USER;
    this.enabled = true;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public MailDomain getDomain() {
    return domain;
  }

  public String getLocalPart() {
    return localPart;
  }

  /** The full address, {@code local@domain}. */
  public String address() {
    return localPart + "@" + domain.getName();
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public long getQuotaBytes() {
    return quotaBytes;
  }

  public void setQuotaBytes(long quotaBytes) {
    this.quotaBytes = quotaBytes;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Whether mail he submits over SMTP is also kept in his Sent folder (L5). */
  public boolean isSaveSent() {
    return saveSent;
  }

  public void setSaveSent(boolean saveSent) {
    this.saveSent = saveSent;
  }

  /** Which Inbox messages his POP3 clients see (T6). */
  public PopRange getPopRange() {
    return popRange;
  }

  public void setPopRange(PopRange popRange) {
    this.popRange = popRange;
  }

  /** Whether a DELE from a POP3 client only hides the message from POP3 instead (T6). */
  public boolean isPopDeleteProtection() {
    return popDeleteProtection;
  }

  public void setPopDeleteProtection(boolean popDeleteProtection) {
    this.popDeleteProtection = popDeleteProtection;
  }

  /** Whether his mail clients must log in with an authorization code, not the password (T7). */
  public boolean isRequireClientCodes() {
    return requireClientCodes;
  }

  public void setRequireClientCodes(boolean requireClientCodes) {
    this.requireClientCodes = requireClientCodes;
  }

  public Department getDepartment() {
    return department;
  }

  public void setDepartment(Department department) {
    this.department = department;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
