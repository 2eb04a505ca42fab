package org.jadepost.compose.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.compose.control.ScheduledStore;
import org.jadepost.compose.control.SentDate;
import org.jadepost.compose.entity.Draft;
import org.jadepost.compose.entity.ScheduledMail;
import org.jadepost.compose.entity.ScheduledSummary;
import org.jadepost.compose.entity.SendTime;
import org.jadepost.delivery.boundary.SubmissionService;
import org.jadepost.mailbox.control.MailboxAccess;
import org.jadepost.mailbox.control.MailboxWriter;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;
import org.jadepost.platform.entity.ConflictException;

/**
 * Scheduled send (C4). Scheduling checks the message as a send now would and writes it; it then
 * waits in {@code scheduled_mail} (its bytes in the blob store) and leaves through {@link
 * SubmissionService}, the path SMTP clients take, when {@link ScheduledSender} finds it due. Until
 * then the user may cancel it or take it back to Drafts to edit. Tracking and recall are not
 * offered for scheduled mail.
 */
@Stateless
public class ScheduledMailService {

  private static final Logger LOG = Logger.getLogger(ScheduledMailService.class.getName());

  /** How long a temporarily refused message (rate limit) waits before it is tried again. */
  static final Duration RETRY = Duration.ofMinutes(5);

  /** Failed attempts after which a message is given up (with RETRY, about two hours). */
  static final int MAX_ATTEMPTS = 24;

  /** The reason a message given up after server errors shows. */
  static final String LOCAL_ERROR = "451 4.3.0 Local error in processing";

  @Inject MailboxAccess access;
  @Inject MailboxWriter writer;
  @Inject ScheduledStore store;
  @Inject BlobStore blobs;
  @Inject ComposeService compose;
  @Inject SubmissionService submission;

  /** Schedules {@code draft} to leave at {@code local} in zone {@code zone}; returns its id. */
  public long schedule(Actor actor, Draft draft, LocalDateTime local, String zone) {
    SendTime when = SendTime.of(local, zone, Instant.now());
    Account account = access.owner(actor);
    ComposeService.Spooled spooled = compose.spool(actor, draft);
    try {
      BlobRef message = put(spooled.message());
      BlobRef asDraft = put(spooled.draft());
      ScheduledMail mail =
          new ScheduledMail(
              account,
              actor.login(),
              when,
              new ScheduledMail.Written(
                  draft.from(), spooled.recipients(), draft.subject(), message.id(), asDraft.id()));
      store.persist(mail);
      compose.release(actor, draft);
      LOG.info(() -> actor.login() + " scheduled " + mail.getId() + " for " + when.instant());
      return mail.getId();
    } finally {
      deleteQuietly(spooled.message());
      deleteQuietly(spooled.draft());
    }
  }

  /** The user's scheduled messages not yet sent, soonest first. */
  public List<ScheduledSummary> list(Actor actor) {
    return store.list(access.owner(actor)).stream().map(ScheduledSummary::of).toList();
  }

  /** Cancels scheduled message {@code id}: it never leaves. */
  public void cancel(Actor actor, long id) {
    ScheduledMail mail = waiting(actor, id);
    store.remove(mail);
    deleteBlob(mail.getBlobId());
    deleteBlob(mail.getDraftBlobId());
  }

  /**
   * Takes scheduled message {@code id} back to Drafts to be edited and scheduled again; returns the
   * UID of the draft.
   */
  public long edit(Actor actor, long id) {
    ScheduledMail mail = waiting(actor, id);
    Account account = access.owner(actor);
    BlobRef draft = reput(mail.getDraftBlobId());
    writer.requireFits(account, draft.size());
    MailMessage saved =
        writer.deliver(account, SpecialUse.DRAFTS, draft, Set.of(Flag.DRAFT, Flag.SEEN));
    store.remove(mail);
    deleteBlob(mail.getBlobId());
    return saved.getUid();
  }

  /**
   * Sends the next due message, if any, in a transaction of its own that holds its row; returns
   * whether there was one.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendNextDue() {
    Optional<ScheduledMail> due = store.claimDue(Instant.now());
    if (due.isPresent()) {
      long id = due.get().getId();
      try {
        send(due.get());
      } catch (RuntimeException e) {
        // Rolls the claim back; the caller counts the attempt in a transaction of its own.
        throw new ScheduledSendFailure(id, e);
      }
    }
    return due.isPresent();
  }

  /**
   * Counts a failed attempt of message {@code id} after an error of the server, so that one broken
   * message neither blocks the others nor is retried for ever.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void attemptFailed(long id) {
    store
        .lockWaiting(id)
        .ifPresent(
            mail -> {
              boolean again = mail.retryLater(Instant.now().plus(RETRY), LOCAL_ERROR, MAX_ATTEMPTS);
              LOG.warning(
                  () ->
                      "Scheduled message "
                          + id
                          + (again ? " will be tried again at " + mail.getSendAt() : " given up"));
            });
  }

  private void send(ScheduledMail mail) {
    Path file = copy(mail);
    SmtpReply reply;
    try {
      reply =
          submission.submitFromWebmail(
              mail.getLogin(), null, mail.getEnvelopeFrom(), mail.getRecipients(), file);
    } finally {
      deleteQuietly(file);
    }
    if (reply.isPositive()) {
      mail.sent();
      deleteBlob(mail.getDraftBlobId());
      LOG.info(() -> "Scheduled message " + mail.getId() + " left: " + reply.text());
    } else if (reply.code() / 100 == 4
        && mail.retryLater(Instant.now().plus(RETRY), reason(reply), MAX_ATTEMPTS)) {
      LOG.info(() -> "Scheduled message " + mail.getId() + " deferred: " + reply);
    } else {
      mail.failed(reason(reply));
      LOG.warning(() -> "Scheduled message " + mail.getId() + " refused: " + reply);
    }
  }

  private static String reason(SmtpReply reply) {
    return reply.code() + " " + reply.text();
  }

  private ScheduledMail waiting(Actor actor, long id) {
    ScheduledMail mail = store.lockOwned(access.owner(actor), id);
    if (mail.getState() == ScheduledMail.State.SENT) {
      throw new ConflictException(
          "schedule.already.sent", "Already sent: " + id, String.valueOf(id));
    }
    return mail;
  }

  private BlobRef put(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return blobs.put(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the scheduled message", e);
    }
  }

  private BlobRef reput(String id) {
    try (InputStream in = open(id)) {
      return blobs.put(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read scheduled message " + id, e);
    }
  }

  // Submission consumes its file; the copy is dated now, when it leaves.
  private Path copy(ScheduledMail mail) {
    try (InputStream in = open(mail.getBlobId())) {
      Path file = Files.createTempFile("scheduled", ".eml");
      try (OutputStream out = Files.newOutputStream(file)) {
        SentDate.copy(in, out, ZonedDateTime.now(ZoneId.of(mail.getTimeZone())));
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read scheduled message " + mail.getId(), e);
    }
  }

  private InputStream open(String id) throws IOException {
    return blobs
        .open(id)
        .orElseThrow(() -> new IllegalStateException("Scheduled message blob gone: " + id));
  }

  private void deleteBlob(String id) {
    try {
      blobs.delete(id);
    } catch (IOException e) {
      LOG.warning(() -> "Could not remove blob " + id + ": " + e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Could not remove " + file + ": " + e);
    }
  }
}
