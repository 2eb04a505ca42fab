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
import java.util.List;
import java.util.Set;

/**
 * A message in a folder: its UID, MODSEQ and flags, the headers lists and search need, and the id
 * of its raw RFC 5322 bytes in the blob store (shared by every copy of the same message).
 */
@Entity
@Table(name = "mail_message")
@NamedQuery(
    name = MailMessage.BY_UID,
    query = "SELECT m FROM MailMessage m WHERE m.folder = :folder AND m.uid = :uid")
// The redundant "internalDate <= :date" makes the cursor a range on ix_mail_message_list, so a
// page deep in a folder of 100,000 reads its 50 rows, not everything newer, and the optimizer
// prefers this index over (folder_id, uid); ordering by the index's own columns lets H2 (which
// cannot read an index backwards) serve it in index order. The first page uses it too.
@NamedQuery(
    name = MailMessage.OLDER_THAN,
    query =
        "SELECT m FROM MailMessage m WHERE m.folderId = :folder AND m.internalDate <= :date"
            + " AND (m.internalDate < :date OR (m.internalDate = :date AND m.id < :id))"
            + " ORDER BY m.folderId, m.internalDate DESC, m.id DESC")
// The POP3 maildrop (RFC 1939 §5): in UID order over uq_mail_message_uid (folder_id, uid).
@NamedQuery(
    name = MailMessage.POP_MAILDROP,
    query =
        "SELECT m FROM MailMessage m WHERE m.folderId = :folder AND m.popHidden = false"
            + " AND m.internalDate >= :since ORDER BY m.uid")
@NamedQuery(
    name = MailMessage.SNAPSHOT,
    query = "SELECT m.uid, m.flags FROM MailMessage m WHERE m.folderId = :folder ORDER BY m.uid")
@NamedQuery(
    name = MailMessage.ROWS,
    query =
        "SELECT m.uid, m.flags, m.keywords, m.modseq, m.internalDate, m.sizeBytes, m.blobId"
            + " FROM MailMessage m WHERE m.folderId = :folder AND m.uid BETWEEN :min AND :max"
            + " ORDER BY m.uid")
@NamedQuery(
    name = MailMessage.CHANGED_SINCE,
    query =
        "SELECT m.uid, m.flags, m.keywords, m.modseq FROM MailMessage m"
            + " WHERE m.folderId = :folder AND m.modseq > :modseq ORDER BY m.uid")
@NamedQuery(
    name = MailMessage.IN_RANGE,
    query =
        "SELECT m FROM MailMessage m WHERE m.folderId = :folder"
            + " AND m.uid BETWEEN :min AND :max ORDER BY m.uid")
@NamedQuery(
    name = MailMessage.SEARCH,
    query =
        "SELECT m.uid, m.flags, m.keywords, m.modseq, m.internalDate, m.sizeBytes, m.subject,"
            + " m.fromName, m.fromAddress, m.toAddresses, m.blobId FROM MailMessage m"
            + " WHERE m.folderId = :folder AND m.uid BETWEEN :min AND :max ORDER BY m.uid")
@NamedQuery(
    name = MailMessage.DELETE_ALL,
    query = "DELETE FROM MailMessage m WHERE m.folderId = :folder")
public class MailMessage {

  public static final String DELETE_ALL = "MailMessage.deleteAll";
  public static final String SEARCH = "MailMessage.search";
  public static final String SNAPSHOT = "MailMessage.snapshot";
  public static final String ROWS = "MailMessage.rows";
  public static final String CHANGED_SINCE = "MailMessage.changedSince";
  public static final String IN_RANGE = "MailMessage.inRange";

  public static final String BY_UID = "MailMessage.byUid";
  public static final String POP_MAILDROP = "MailMessage.popMaildrop";
  public static final String OLDER_THAN = "MailMessage.olderThan";

  @Id
  @SequenceGenerator(
      name = "mail_message_seq",
      sequenceName = "mail_message_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "folder_id", nullable = false)
  private MailFolder folder;

  // The same column, read-only, so page queries name folder_id itself and never join.
  @Column(name = "folder_id", insertable = false, updatable = false)
  private Long folderId;

  @Column(nullable = false)
  private long uid;

  @Column(nullable = false)
  private long modseq;

  @Column(nullable = false)
  private int flags;

  @Column(length = 1000)
  private String keywords;

  @Column(name = "internal_date", nullable = false)
  private Instant internalDate;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "blob_id", nullable = false, length = 64)
  private String blobId;

  @Column(length = 998)
  private String subject;

  // The first SORT_KEY characters of the subject: the webmail's subject order reads an index on
  // it (V10); the whole subject may exceed what a PostgreSQL B-tree entry holds.
  @Column(name = "subject_sort", length = SORT_KEY)
  private String subjectSort;

  @Column(name = "from_address", length = 320)
  private String fromAddress;

  @Column(name = "from_name", length = 200)
  private String fromName;

  @Column(name = "to_addresses", length = 2000)
  private String toAddresses;

  @Column(name = "sent_date")
  private Instant sentDate;

  @Column(name = "message_id", length = 998)
  private String messageId;

  @Column(name = "has_attachments", nullable = false)
  private boolean hasAttachments;

  @Column(name = "pop_hidden", nullable = false)
  private boolean popHidden;

  /** How many characters of the subject its sort key keeps. */
  public static final int SORT_KEY = 100;

  protected MailMessage() {}

  /** The sort key of {@code subject}: its first {@link #SORT_KEY} characters, whole code points. */
  static String sortKey(String subject) {
    if (subject == null || subject.length() <= SORT_KEY) {
      return subject;
    }
    int end = Character.isHighSurrogate(subject.charAt(SORT_KEY - 1)) ? SORT_KEY - 1 : SORT_KEY;
    return subject.substring(0, end);
  }

  public MailMessage(
      MailFolder folder, String blobId, long size, Instant internalDate, MessageHeaders headers) {
    this.folder = folder;
    this.blobId = blobId;
    this.sizeBytes = size;
    this.internalDate = internalDate;
    this.subject = headers.subject();
    this.subjectSort = sortKey(subject);
    this.fromAddress = headers.fromAddress();
    this.fromName = headers.fromName();
    this.toAddresses = headers.toAddresses();
    this.sentDate = headers.sentDate();
    this.messageId = headers.messageId();
    this.hasAttachments = headers.multipartMixed();
  }

  /** Places the message at {@code uid} with {@code modseq} and the initial flags. */
  public void admitted(long uid, long modseq, Set<Flag> initialFlags) {
    this.uid = uid;
    this.modseq = modseq;
    this.flags = Flag.toBits(initialFlags);
  }

  /** A copy of this message in {@code target}, sharing its blob (COPY, MOVE). */
  public MailMessage copyTo(MailFolder target) {
    MailMessage copy = new MailMessage();
    copy.folder = target;
    copy.blobId = blobId;
    copy.sizeBytes = sizeBytes;
    copy.internalDate = internalDate;
    copy.subject = subject;
    copy.subjectSort = subjectSort;
    copy.fromAddress = fromAddress;
    copy.fromName = fromName;
    copy.toAddresses = toAddresses;
    copy.sentDate = sentDate;
    copy.messageId = messageId;
    copy.hasAttachments = hasAttachments;
    copy.keywords = keywords;
    return copy;
  }

  /** Sets the flags and keywords, recording the folder's new MODSEQ. */
  public void setState(Set<Flag> newFlags, List<String> newKeywords, long newModseq) {
    this.flags = Flag.toBits(newFlags);
    this.keywords = Keywords.format(newKeywords);
    this.modseq = newModseq;
  }

  /** Sets the internal date (APPEND with a date-time argument). */
  public void setInternalDate(Instant internalDate) {
    this.internalDate = internalDate;
  }

  public List<String> getKeywords() {
    return Keywords.parse(keywords);
  }

  /** Replaces the flags, recording the folder's new MODSEQ. */
  public void setFlags(Set<Flag> newFlags, long newModseq) {
    this.flags = Flag.toBits(newFlags);
    this.modseq = newModseq;
  }

  /**
   * A POP3 client deleted the message while the owner's delete protection was on (T6): it stays for
   * the webmail and IMAP and is left out of later POP3 maildrops.
   */
  public void hideFromPop() {
    this.popHidden = true;
  }

  public boolean isPopHidden() {
    return popHidden;
  }

  public Long getId() {
    return id;
  }

  public MailFolder getFolder() {
    return folder;
  }

  public long getUid() {
    return uid;
  }

  public long getModseq() {
    return modseq;
  }

  public Set<Flag> getFlags() {
    return Flag.fromBits(flags);
  }

  public Instant getInternalDate() {
    return internalDate;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getBlobId() {
    return blobId;
  }

  public String getSubject() {
    return subject;
  }

  /** The subject's sort key (its first {@link #SORT_KEY} characters). */
  public String getSubjectSort() {
    return subjectSort;
  }

  public String getFromAddress() {
    return fromAddress;
  }

  public String getFromName() {
    return fromName;
  }

  public String getToAddresses() {
    return toAddresses;
  }

  public Instant getSentDate() {
    return sentDate;
  }

  public String getMessageId() {
    return messageId;
  }

  public boolean isHasAttachments() {
    return hasAttachments;
  }
}
