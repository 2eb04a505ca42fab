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

/** A user's own mail template (C7): a subject and a body with placeholders such as {name}. */
@Entity
@Table(name = "mail_template")
@NamedQuery(
    name = MailTemplate.BY_ACCOUNT,
    query = "SELECT t FROM MailTemplate t WHERE t.account = :account ORDER BY t.createdAt, t.id")
public class MailTemplate {

  public static final String BY_ACCOUNT = "MailTemplate.byAccount";

  @Id
  @SequenceGenerator(
      name = "mail_template_seq",
      sequenceName = "mail_template_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_template_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 998)
  private String subject;

  @Column(nullable = false, length = 100000)
  private String html;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected MailTemplate() {}

  public MailTemplate(Account account, String name, String subject, String html) {
    this.account = account;
    this.name = name;
    this.subject = subject;
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

  public String getSubject() {
    return subject;
  }

  public String getHtml() {
    return html;
  }
}
