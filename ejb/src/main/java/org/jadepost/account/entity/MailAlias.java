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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jadepost.tenancy.entity.MailDomain;

/** A further address of an account in the same domain: mail to it lands in that mailbox (R1). */
@Entity
@Table(name = "mail_alias")
@NamedQuery(
    name = MailAlias.BY_ADDRESS,
    query =
        "SELECT m FROM MailAlias m JOIN FETCH m.account"
            + " WHERE m.domain.name = :domain AND m.localPart = :localPart")
@NamedQuery(
    name = MailAlias.BY_ACCOUNT,
    query = "SELECT m FROM MailAlias m WHERE m.account = :account ORDER BY m.localPart")
public class MailAlias {

  public static final String BY_ADDRESS = "MailAlias.byAddress";
  public static final String BY_ACCOUNT = "MailAlias.byAccount";

  @Id
  @SequenceGenerator(name = "mail_alias_seq", sequenceName = "mail_alias_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_alias_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "domain_id", nullable = false)
  private MailDomain domain;

  @Column(name = "local_part", nullable = false, length = 64)
  private String localPart;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected MailAlias() {}

  public MailAlias(Account account, String localPart) {
    this.account = account;
    this.domain = account.getDomain();
    this.localPart = localPart;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public String getLocalPart() {
    return localPart;
  }

  public Account getAccount() {
    return account;
  }

  /** The full address, {@code alias@domain}. */
  public String address() {
    return localPart + "@" + domain.getName();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
