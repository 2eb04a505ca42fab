package org.jadepost.mailbox.entity;

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

/**
 * A user's tag (FEATURES D7): a name and a colour, marking messages through the IMAP keyword {@link
 * #getKeyword()} so that IMAP clients see it too.
 */
@Entity
@Table(name = "mail_tag")
@NamedQuery(
    name = MailTag.BY_ACCOUNT,
    query = "SELECT t FROM MailTag t WHERE t.account = :account ORDER BY t.createdAt, t.id")
public class MailTag {

  public static final String BY_ACCOUNT = "MailTag.byAccount";

  @Id
  @SequenceGenerator(name = "mail_tag_seq", sequenceName = "mail_tag_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_tag_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(nullable = false, length = TagRules.MAX_NAME)
  private String name;

  @Column(nullable = false, length = 7)
  private String colour;

  @Column(nullable = false, length = 64)
  private String keyword;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected MailTag() {}

  public MailTag(Account account, String name, String colour) {
    this.account = account;
    this.name = name;
    this.colour = colour;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** Gives the tag its keyword once its id is known (see {@link TagRules#keyword}). */
  public void assignKeyword() {
    this.keyword = TagRules.keyword(name, id);
  }

  /** Changes name and colour; the keyword stays, so messages keep the tag. */
  public void change(String name, String colour) {
    this.name = name;
    this.colour = colour;
  }

  /** Whether the IMAP keyword {@code flag} on a message means this tag. */
  public boolean marks(String flag) {
    return keyword.equalsIgnoreCase(flag) || name.equalsIgnoreCase(flag);
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

  public String getColour() {
    return colour;
  }

  public String getKeyword() {
    return keyword;
  }
}
