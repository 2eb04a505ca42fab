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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jadepost.account.entity.Account;

/**
 * A message removed from the mailbox by emptying Deleted or Spam, kept restorable for {@link
 * #RESTORABLE_DAYS} days (FEATURES K3): its blob, flags, keywords and date, so that restoring
 * appends it again as it was, and what the restore page lists.
 */
@Entity
@Table(name = "mail_deleted")
@NamedQuery(
    name = DeletedMail.RESTORABLE,
    query =
        "SELECT d FROM DeletedMail d WHERE d.account = :account AND d.deletedAt >= :since"
            + " ORDER BY d.deletedAt DESC, d.id DESC")
@NamedQuery(
    name = DeletedMail.EXPIRED,
    query = "SELECT d FROM DeletedMail d WHERE d.deletedAt < :before ORDER BY d.id")
public class DeletedMail {

  public static final String RESTORABLE = "DeletedMail.restorable";
  public static final String EXPIRED = "DeletedMail.expired";

  /** How long emptied mail can be restored. */
  public static final int RESTORABLE_DAYS = 14;

  @Id
  @SequenceGenerator(
      name = "mail_deleted_seq",
      sequenceName = "mail_deleted_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_deleted_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(name = "blob_id", nullable = false, length = 64)
  private String blobId;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "folder_path", nullable = false, length = 1024)
  private String folderPath;

  @Column(length = 998)
  private String subject;

  @Column(name = "from_address", length = 320)
  private String fromAddress;

  @Column(nullable = false)
  private int flags;

  @Column(length = 1000)
  private String keywords;

  @Column(name = "internal_date", nullable = false)
  private Instant internalDate;

  @Column(name = "deleted_at", nullable = false)
  private Instant deletedAt;

  protected DeletedMail() {}

  /** What is kept of {@code message}, removed from {@code folder} now. */
  public DeletedMail(MailFolder folder, MailMessage message) {
    this.account = folder.getAccount();
    this.blobId = message.getBlobId();
    this.sizeBytes = message.getSizeBytes();
    this.folderPath = folder.getPath();
    this.subject = message.getSubject();
    this.fromAddress = message.getFromAddress();
    this.flags = Flag.toBits(message.getFlags());
    this.keywords = Keywords.format(message.getKeywords());
    this.internalDate = message.getInternalDate();
    this.deletedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getBlobId() {
    return blobId;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getFolderPath() {
    return folderPath;
  }

  public String getSubject() {
    return subject;
  }

  public String getFromAddress() {
    return fromAddress;
  }

  public Set<Flag> getFlags() {
    return Flag.fromBits(flags);
  }

  public List<String> getKeywords() {
    return Keywords.parse(keywords);
  }

  public Instant getInternalDate() {
    return internalDate;
  }

  public Instant getDeletedAt() {
    return deletedAt;
  }
}
