package org.jadepost.compose.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.jadepost.account.control.AddressBook;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.MailAlias;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.compose.control.Addresses;
import org.jadepost.compose.control.OutgoingFiles;
import org.jadepost.compose.control.ReplyDrafts;
import org.jadepost.compose.control.StoredDrafts;
import org.jadepost.compose.control.Uploads;
import org.jadepost.compose.entity.Draft;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.jadepost.compose.entity.ReplyMode;
import org.jadepost.delivery.boundary.SubmissionService;
import org.jadepost.mailbox.boundary.MailReader;
import org.jadepost.mailbox.boundary.WebmailSettingsService;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.MailboxAccess;
import org.jadepost.mailbox.control.MailboxWriter;
import org.jadepost.mailbox.control.MessageChanges;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.ReadMessage;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * Writing mail in the webmail (C1, C2, C3, C5, C8): drafts live in the user's Drafts folder, where
 * IMAP clients see them too; sending runs the submission rules of {@link SubmissionService}, the
 * same an SMTP client meets (the From address must be his, rate limit, Sent copy, DKIM).
 */
@Stateless
public class ComposeService {

  private static final Logger LOG = Logger.getLogger(ComposeService.class.getName());

  @Inject MailboxAccess access;
  @Inject FolderStore folders;
  @Inject MailReader reader;
  @Inject MailboxWriter writer;
  @Inject MessageChanges changes;
  @Inject BlobStore blobs;
  @Inject AddressBook addresses;
  @Inject Uploads uploads;
  @Inject SubmissionService submission;
  @Inject WebmailSettingsService settings;
  @Inject OutgoingFiles files;
  @Inject StoredDrafts storedDrafts;

  /** A new, empty message from the user's own address. */
  public Draft blank(Actor actor) {
    return Draft.blank(access.owner(actor).address());
  }

  /** The addresses the user may send from: his own first, then his aliases. */
  public List<String> senders(Actor actor) {
    Account account = access.owner(actor);
    List<String> out = new ArrayList<>();
    out.add(account.address());
    for (MailAlias alias : addresses.aliases(account)) {
      out.add(alias.address());
    }
    return out;
  }

  /** A reply to, or forward of, message {@code uid} of folder {@code folderId}. */
  public Draft answer(Actor actor, long folderId, long uid, ReplyMode mode) {
    ReadMessage original = reader.peek(actor, folderId, uid);
    InternetHeaders headers = StoredDrafts.headers(reader.raw(actor, folderId, uid));
    ReplyDrafts.Thread thread =
        new ReplyDrafts.Thread(
            headers.getHeader("Message-ID", null),
            headers.getHeader("References", " "),
            headers.getHeader("Reply-To", ","));
    Set<String> mine = new HashSet<>();
    for (String a : senders(actor)) {
      mine.add(a.toLowerCase(Locale.ROOT));
    }
    return ReplyDrafts.build(
        mode, original, thread, settings.get(actor), senders(actor).get(0), mine);
  }

  /**
   * Saves {@code draft} in Drafts (flagged \Draft and \Seen), replacing its previous copy; returns
   * it as saved, its files now parts of the stored copy.
   */
  public Draft save(Actor actor, Draft draft) {
    Account account = access.owner(actor);
    requireSender(actor, draft.from());
    Path file = files.write(actor, account, draft, true);
    try {
      writer.requireFits(account, Files.size(file));
      BlobRef blob;
      try (InputStream in = Files.newInputStream(file)) {
        blob = blobs.put(in);
      }
      MailMessage saved =
          writer.deliver(account, SpecialUse.DRAFTS, blob, Set.of(Flag.DRAFT, Flag.SEEN));
      MailFolder drafts = folders.lockSystem(account, SpecialUse.DRAFTS);
      if (draft.draftUid() != null) {
        removeDraft(drafts, draft.draftUid());
      }
      forgetUploads(account, draft);
      return storedDrafts.rebased(actor, draft, drafts.getId(), saved.getUid());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the draft", e);
    } finally {
      OutgoingFiles.deleteQuietly(file);
    }
  }

  /** Draft {@code uid} of the Drafts folder as the compose screen shows it. */
  public Draft open(Actor actor, long uid) {
    Account account = access.owner(actor);
    MailFolder drafts = folders.system(account, SpecialUse.DRAFTS);
    return storedDrafts.open(actor, account, drafts.getId(), uid);
  }

  /** Removes draft {@code uid} from Drafts. */
  public void discard(Actor actor, long uid) {
    Account account = access.owner(actor);
    removeDraft(folders.lockSystem(account, SpecialUse.DRAFTS), uid);
  }

  /**
   * Sends {@code draft} from the browser at {@code clientAddress}; its saved copy leaves Drafts.
   * Returns the queue id.
   */
  public String send(Actor actor, Draft draft, String clientAddress) {
    Account account = access.owner(actor);
    requireSender(actor, draft.from());
    List<String> recipients = recipients(draft);
    Path file = files.write(actor, account, draft, false);
    try {
      SmtpReply reply =
          submission.submitFromWebmail(
              actor.login(), clientAddress, Addresses.bare(draft.from()), recipients, file);
      if (!reply.isPositive()) {
        throw refused(reply);
      }
      release(actor, draft);
      String id = reply.text().substring(reply.text().lastIndexOf(' ') + 1);
      LOG.info(() -> actor.login() + " sent " + id + " from the webmail");
      return id;
    } finally {
      OutgoingFiles.deleteQuietly(file);
    }
  }

  /**
   * Checks {@code draft} as {@link #send} does (sender, recipients) and writes it for a later send
   * (C4): once as it will leave, once as a draft that keeps Bcc. The caller deletes both files.
   */
  public Spooled spool(Actor actor, Draft draft) {
    Account account = access.owner(actor);
    requireSender(actor, draft.from());
    List<String> recipients = recipients(draft);
    Path message = files.write(actor, account, draft, false);
    return new Spooled(recipients, message, files.write(actor, account, draft, true));
  }

  /**
   * A message written for a later send.
   *
   * @param recipients the envelope recipients, bare and without repeats
   * @param message the message as it leaves
   * @param draft the same message as a draft
   */
  public record Spooled(List<String> recipients, Path message, Path draft) {}

  /** Forgets what {@code draft} no longer needs once it left: its copy in Drafts, its uploads. */
  public void release(Actor actor, Draft draft) {
    Account account = access.owner(actor);
    if (draft.draftUid() != null) {
      removeDraft(folders.lockSystem(account, SpecialUse.DRAFTS), draft.draftUid());
    }
    forgetUploads(account, draft);
  }

  private static List<String> recipients(Draft draft) {
    List<String> recipients = new ArrayList<>();
    for (String one : Addresses.split(draft.recipients())) {
      String bare = Addresses.bare(one);
      if (!recipients.contains(bare)) {
        recipients.add(bare);
      }
    }
    if (recipients.isEmpty()) {
      throw new InvalidRequestException("compose.recipients.none", "The message has no recipient");
    }
    return recipients;
  }

  /** Keeps an uploaded file for a message being written; returns it as an attachment. */
  public OutgoingAttachment upload(Actor actor, String name, String contentType, InputStream in) {
    Account account = access.owner(actor);
    String id = uploads.store(account.getId(), in);
    long size = uploads.file(account.getId(), id).map(ComposeService::size).orElse(0L);
    String type =
        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    return new OutgoingAttachment(
        name == null || name.isBlank() ? "attachment" : name,
        type,
        size,
        new OutgoingAttachment.UploadedFile(id));
  }

  private void requireSender(Actor actor, String from) {
    if (from == null
        || !senders(actor).stream().anyMatch(s -> s.equalsIgnoreCase(Addresses.bare(from)))) {
      throw new InvalidRequestException(
          "compose.sender.notowned",
          "Not one of the user's addresses: " + from,
          String.valueOf(from));
    }
  }

  private void removeDraft(MailFolder drafts, long uid) {
    changes.remove(drafts, List.of(access.message(drafts, uid)));
  }

  private void forgetUploads(Account account, Draft draft) {
    for (OutgoingAttachment a : draft.attachments()) {
      if (a.source() instanceof OutgoingAttachment.UploadedFile u) {
        uploads.delete(account.getId(), u.id());
      }
    }
  }

  private static InvalidRequestException refused(SmtpReply reply) {
    String code =
        switch (reply.enhancedStatus()) {
          case "5.1.1" -> "compose.recipient.unknown";
          case "4.2.2", "5.2.2" -> "compose.recipient.full";
          case "4.7.1" -> "compose.rate.limited";
          case "5.7.1" -> "compose.sender.notowned";
          default -> "compose.refused";
        };
    return new InvalidRequestException(code, "Submission refused: " + reply, reply.text());
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
