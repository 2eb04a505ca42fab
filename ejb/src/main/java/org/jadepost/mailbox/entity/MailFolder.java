package org.jadepost.mailbox.entity;

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
import org.jadepost.account.entity.Account;

/**
 * A folder of one account's mailbox with the counters IMAP and the webmail need: the next UID, the
 * highest MODSEQ (RFC 7162), and message, unseen and byte counts kept current on every change so
 * that reading them never scans messages.
 */
@Entity
@Table(name = "mail_folder")
@NamedQuery(
    name = MailFolder.BY_ACCOUNT,
    query = "SELECT f FROM MailFolder f WHERE f.account = :account ORDER BY f.path")
@NamedQuery(
    name = MailFolder.SYSTEM,
    query = "SELECT f FROM MailFolder f WHERE f.account = :account AND f.specialUse = :use")
@NamedQuery(
    name = MailFolder.USED_BYTES,
    query = "SELECT COALESCE(SUM(f.sizeBytes), 0) FROM MailFolder f WHERE f.account = :account")
@NamedQuery(
    name = MailFolder.USED_BYTES_IN_DOMAIN,
    query =
        "SELECT COALESCE(SUM(f.sizeBytes), 0) FROM MailFolder f"
            + " WHERE f.account.domain = :domain")
public class MailFolder {

  public static final String BY_ACCOUNT = "MailFolder.byAccount";
  public static final String SYSTEM = "MailFolder.system";
  public static final String USED_BYTES = "MailFolder.usedBytes";
  public static final String USED_BYTES_IN_DOMAIN = "MailFolder.usedBytesInDomain";

  @Id
  @SequenceGenerator(
      name = "mail_folder_seq",
      sequenceName = "mail_folder_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_folder_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private MailFolder parent;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 1024)
  private String path;

  @Enumerated(EnumType.STRING)
  @Column(name = "special_use", length = 16)
  private SpecialUse specialUse;

  @Column(name = "uid_validity", nullable = false)
  private long uidValidity;

  @Column(name = "uid_next", nullable = false)
  private long uidNext;

  @Column(name = "highest_modseq", nullable = false)
  private long highestModseq;

  @Column(name = "message_count", nullable = false)
  private int messageCount;

  @Column(name = "unseen_count", nullable = false)
  private int unseenCount;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected MailFolder() {}

  public MailFolder(Account account, MailFolder parent, String name, SpecialUse specialUse) {
    this.account = account;
    this.parent = parent;
    this.name = name;
    this.path = parent == null ? name : parent.path + "/" + name;
    this.specialUse = specialUse;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    // RFC 3501 §2.3.1.1: a value that changes if the folder is ever recreated under this name.
    this.uidValidity = createdAt.getEpochSecond();
    this.uidNext = 1;
    this.highestModseq = 1;
  }

  /** Takes the next UID and MODSEQ for a message being added, and counts it. */
  public long[] admit(long size, boolean seen) {
    long[] uidAndModseq = {uidNext++, ++highestModseq};
    messageCount++;
    unseenCount += seen ? 0 : 1;
    sizeBytes += size;
    return uidAndModseq;
  }

  /** Takes the next MODSEQ for a change to a message, adjusting the unseen count. */
  public long changed(boolean wasSeen, boolean isSeen) {
    if (wasSeen != isSeen) {
      unseenCount += isSeen ? -1 : 1;
    }
    return ++highestModseq;
  }

  /**
   * Counts out a message being removed (POP3 UPDATE, IMAP EXPUNGE) and takes the MODSEQ of the
   * removal (RFC 7162 §3.2.10), adjusting message, unseen and byte counts.
   */
  public long removed(long size, boolean seen) {
    messageCount--;
    unseenCount -= seen ? 0 : 1;
    sizeBytes -= size;
    return ++highestModseq;
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

  public String getPath() {
    return path;
  }

  public SpecialUse getSpecialUse() {
    return specialUse;
  }

  public long getUidValidity() {
    return uidValidity;
  }

  public long getUidNext() {
    return uidNext;
  }

  public long getHighestModseq() {
    return highestModseq;
  }

  public int getMessageCount() {
    return messageCount;
  }

  public int getUnseenCount() {
    return unseenCount;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }
}
