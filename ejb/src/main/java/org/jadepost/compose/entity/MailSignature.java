package org.jadepost.compose.entity;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jadepost.account.entity.Account;

/** One of a user's signatures (C6, L4): a name, rich text, and whether new mail gets it. */
@Entity
@Table(name = "mail_signature")
@NamedQuery(
    name = MailSignature.BY_ACCOUNT,
    query = "SELECT s FROM MailSignature s WHERE s.account = :account ORDER BY s.createdAt, s.id")
public class MailSignature {

  public static final String BY_ACCOUNT = "MailSignature.byAccount";

  @Id
  @SequenceGenerator(
      name = "mail_signature_seq",
      sequenceName = "mail_signature_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_signature_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 20000)
  private String html;

  @Column(name = "is_default", nullable = false)
  private boolean defaultSignature;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected MailSignature() {}

  public MailSignature(Account account, String name, String html) {
    this.account = account;
    this.name = name;
    this.html = html;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }

  public boolean isDefaultSignature() {
    return defaultSignature;
  }

  public void setDefaultSignature(boolean defaultSignature) {
    this.defaultSignature = defaultSignature;
  }
}
