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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    name = MailFolder.BY_PATH,
    query = "SELECT f FROM MailFolder f WHERE f.account = :account AND f.path = :path")
@NamedQuery(
    name = MailFolder.UNDER,
    query =
        "SELECT f FROM MailFolder f WHERE f.account = :account"
            + " AND f.path LIKE :prefix ESCAPE '!'"
            + " ORDER BY f.path")
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
  public static final String BY_PATH = "MailFolder.byPath";
  public static final String UNDER = "MailFolder.under";

  /** The hierarchy delimiter of folder paths, in the store and in IMAP. */
  public static final char DELIMITER = '/';

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

  @Column(nullable = false)
  private boolean subscribed = true;

  @Column(nullable = false)
  private boolean noselect;

  // Every keyword ever set in the folder, space-separated: the FLAGS response (RFC 3501 §7.2.6).
  @Column(length = 2000)
  private String keywords;

  @Version private int version;

  protected MailFolder() {}

  public MailFolder(Account account, MailFolder parent, String name, SpecialUse specialUse) {
    this(account, parent, name, specialUse, Instant.now().getEpochSecond());
  }

  /**
   * A folder with an explicit UIDVALIDITY, which must be greater than that of any folder the
   * account ever had under this path (RFC 3501 §2.3.1.1).
   */
  public MailFolder(
      Account account, MailFolder parent, String name, SpecialUse specialUse, long uidValidity) {
    this.account = account;
    this.parent = parent;
    this.name = name;
    this.path = parent == null ? name : parent.path + DELIMITER + name;
    this.specialUse = specialUse;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    this.uidValidity = uidValidity;
    this.uidNext = 1;
    this.highestModseq = 1;
  }

  /** Takes the next MODSEQ for a change that touches no counter. */
  public long nextModseq() {
    return ++highestModseq;
  }

  /** Counts messages that became seen ({@code delta} negative) or unseen again. */
  public void unseenChanged(int delta) {
    unseenCount += delta;
  }

  /** Forgets messages that were expunged: their count, unseen count and bytes. */
  public void removed(int count, int unseen, long size) {
    messageCount -= count;
    unseenCount -= unseen;
    sizeBytes -= size;
  }

  /**
   * Moves the folder to {@code newParent}/{@code newName} (RENAME, RFC 3501 §6.3.5). It gets {@code
   * newUidValidity}, since a client may remember an earlier folder of that name.
   */
  public void renamed(MailFolder newParent, String newName, long newUidValidity) {
    this.parent = newParent;
    this.name = newName;
    this.path = newParent == null ? newName : newParent.path + DELIMITER + newName;
    this.uidValidity = newUidValidity;
  }

  /** Follows a rename of an ancestor: the path prefix {@code from} becomes {@code to}. */
  public void ancestorRenamed(String from, String to, long newUidValidity) {
    this.path = to + path.substring(from.length());
    this.uidValidity = newUidValidity;
  }

  /** Records keywords now used in the folder; returns whether any was new. */
  public boolean useKeywords(Collection<String> used) {
    Set<String> known = new LinkedHashSet<>(Keywords.parse(keywords));
    if (!known.addAll(used)) {
      return false;
    }
    keywords = Keywords.format(known);
    return true;
  }

  public List<String> getKeywords() {
    return Keywords.parse(keywords);
  }

  /**
   * Keeps the folder only as a hierarchy node (DELETE of a folder with children, RFC 3501 §6.3.4):
   * its messages are gone, it cannot be selected, and a later CREATE revives it with {@code
   * newUidValidity}.
   */
  public void hierarchyOnly(boolean noselect, long newUidValidity) {
    this.noselect = noselect;
    this.uidValidity = newUidValidity;
    this.messageCount = 0;
    this.unseenCount = 0;
    this.sizeBytes = 0;
  }

  public boolean isNoselect() {
    return noselect;
  }

  public boolean isSubscribed() {
    return subscribed;
  }

  public void setSubscribed(boolean subscribed) {
    this.subscribed = subscribed;
  }

  public MailFolder getParent() {
    return parent;
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
