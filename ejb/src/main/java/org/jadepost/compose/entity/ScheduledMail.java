package org.jadepost.compose.entity;

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
import java.util.Arrays;
import java.util.List;
import org.jadepost.account.entity.Account;

/**
 * A message waiting to be sent at a chosen time (C4). It was checked and written when scheduled:
 * {@code blobId} holds the bytes that leave, {@code draftBlobId} the same message as a draft (with
 * Bcc) for when the user takes it back to edit.
 */
@Entity
@Table(name = "scheduled_mail")
@NamedQuery(
    name = ScheduledMail.BY_ACCOUNT,
    query =
        "SELECT s FROM ScheduledMail s WHERE s.account = :account AND s.state <> :sent"
            + " ORDER BY s.sendAt, s.id")
public class ScheduledMail {

  public static final String BY_ACCOUNT = "ScheduledMail.byAccount";

  /** Where a scheduled message stands. */
  public enum State {
    WAITING,
    SENT,
    FAILED
  }

  @Id
  @SequenceGenerator(
      name = "scheduled_mail_seq",
      sequenceName = "scheduled_mail_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_mail_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(nullable = false, length = 320)
  private String login;

  @Column(name = "send_at", nullable = false)
  private Instant sendAt;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Column(name = "envelope_from", nullable = false, length = 320)
  private String envelopeFrom;

  @Column(nullable = false, length = 20000)
  private String recipients;

  @Column(nullable = false, length = 998)
  private String subject;

  @Column(name = "blob_id", nullable = false, length = 64)
  private String blobId;

  @Column(name = "draft_blob_id", nullable = false, length = 64)
  private String draftBlobId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;

  @Column(length = 1000)
  private String failure;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected ScheduledMail() {}

  /** A message of {@code account} that leaves at {@code when}, shown in {@code zone}. */
  public ScheduledMail(Account account, String login, SendTime when, Written written) {
    this.account = account;
    this.login = login;
    this.sendAt = when.instant().truncatedTo(ChronoUnit.MICROS);
    this.timeZone = when.zone().getId();
    this.envelopeFrom = written.from();
    this.recipients = String.join(",", written.recipients());
    this.subject =
        written.subject().length() > 998 ? written.subject().substring(0, 998) : written.subject();
    this.blobId = written.blobId();
    this.draftBlobId = written.draftBlobId();
    this.state = State.WAITING;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The message as written when it was scheduled.
   *
   * @param from the envelope sender
   * @param recipients the envelope recipients: To, Cc and Bcc
   * @param subject the subject for the list
   * @param blobId the blob of the message that leaves
   * @param draftBlobId the blob of the same message as a draft
   */
  public record Written(
      String from, List<String> recipients, String subject, String blobId, String draftBlobId) {}

  /** Marks it sent. */
  public void sent() {
    state = State.SENT;
    failure = null;
  }

  /** Marks it refused for good, with the reason the user sees. */
  public void failed(String reason) {
    state = State.FAILED;
    failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
  }

  /**
   * Counts a failed attempt for a passing {@code reason} (a temporary refusal such as the rate
   * limit, or an error of the server): tries again at {@code later}, or marks it failed once {@code
   * maxAttempts} have failed. Returns whether it will be tried again.
   */
  public boolean retryLater(Instant later, String reason, int maxAttempts) {
    attempts++;
    if (attempts >= maxAttempts) {
      failed(reason);
      return false;
    }
    sendAt = later.truncatedTo(ChronoUnit.MICROS);
    return true;
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getLogin() {
    return login;
  }

  public Instant getSendAt() {
    return sendAt;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getEnvelopeFrom() {
    return envelopeFrom;
  }

  public List<String> getRecipients() {
    return Arrays.stream(recipients.split(",")).filter(s -> !s.isBlank()).toList();
  }

  public String getSubject() {
    return subject;
  }

  public String getBlobId() {
    return blobId;
  }

  public String getDraftBlobId() {
    return draftBlobId;
  }

  public State getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getFailure() {
    return failure;
  }
}
