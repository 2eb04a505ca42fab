package org.jadepost.delivery.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.delivery.control.Intake;
import org.jadepost.delivery.control.ReceiptBuilder;
import org.jadepost.delivery.control.Recipients;
import org.jadepost.delivery.entity.Acceptance;
import org.jadepost.delivery.entity.ReceiptShown;
import org.jadepost.delivery.entity.ReceivedReceipt;
import org.jadepost.mailauth.control.DkimSigner;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.HeaderParser;
import org.jadepost.mailbox.control.MailboxAccess;
import org.jadepost.mailbox.control.MessageChanges;
import org.jadepost.mailbox.entity.FlagChange;
import org.jadepost.mailbox.entity.Keywords;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.ReadMessage;
import org.jadepost.mailbox.entity.UidSet;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;

/**
 * Answers a read-receipt request (C5, reader side): when the reader agrees, an RFC 8098 MDN
 * ("displayed") goes to the Disposition-Notification-To address with a null envelope sender, into a
 * hosted mailbox or the outbound queue, DKIM-signed like other mail of the reader's domain. Either
 * answer sets the message's {@code $MDNSent} keyword (RFC 3503), so neither the webmail nor an IMAP
 * client asks again.
 */
@Stateless
public class ReadReceiptService {

  @PersistenceContext EntityManager em;
  @Inject MailboxAccess access;
  @Inject FolderStore folders;
  @Inject MessageChanges changes;
  @Inject BlobStore blobs;
  @Inject Recipients recipients;
  @Inject Intake intake;
  @Inject DkimSigner dkim;

  /** Sends the receipt message {@code uid} of folder {@code folderId} asks for, at most once. */
  public void send(Actor actor, long folderId, long uid) {
    Account reader = access.owner(actor);
    MailFolder folder = folders.lockOwned(reader, folderId);
    MailMessage message = access.message(folder, uid);
    if (Keywords.contains(message.getKeywords(), ReadMessage.RECEIPT_ANSWERED)) {
      return;
    }
    InternetHeaders headers = headers(message);
    receiptAddress(headers)
        .ifPresent(
            to ->
                submit(
                    reader,
                    to,
                    ReceiptBuilder.build(
                        reader.address(),
                        to,
                        headers.getHeader("Message-ID", null),
                        message.getSubject(),
                        ZonedDateTime.now(),
                        intake.host())));
    answered(folder, uid);
  }

  /**
   * The read receipts received for message {@code uid} of folder {@code folderId} (C5, sender
   * side), oldest first; none for a message the user did not send.
   */
  public List<ReceiptShown> received(Actor actor, long folderId, long uid) {
    Account owner = access.owner(actor);
    MailMessage message = access.message(folders.requireOwned(owner, folderId), uid);
    if (message.getMessageId() == null) {
      return List.of();
    }
    return em
        .createNamedQuery(ReceivedReceipt.FOR_MESSAGE, ReceivedReceipt.class)
        .setParameter("account", owner.getId())
        .setParameter("messageId", message.getMessageId())
        .getResultList()
        .stream()
        .map(r -> new ReceiptShown(r.getReporter(), r.getDisposition(), r.getReportedAt()))
        .toList();
  }

  /** Declines the receipt: nothing is sent, and the message no longer asks. */
  public void decline(Actor actor, long folderId, long uid) {
    Account reader = access.owner(actor);
    MailFolder folder = folders.lockOwned(reader, folderId);
    access.message(folder, uid);
    answered(folder, uid);
  }

  private void answered(MailFolder folder, long uid) {
    changes.store(
        folder,
        UidSet.of(uid),
        new FlagChange(FlagChange.Mode.ADD, 0, List.of(ReadMessage.RECEIPT_ANSWERED), -1));
  }

  private void submit(Account reader, String to, byte[] mdn) {
    try {
      Path spooled = Files.createTempFile("mdn", ".eml");
      Files.write(spooled, mdn);
      String signature =
          dkim.signatureHeader(reader.getDomain().getName(), spooled)
              .map(h -> new String(h, StandardCharsets.UTF_8))
              .orElse("");
      Recipients.Destination destination = recipients.find(to);
      Optional<Account> local = destination.mailbox();
      boolean remote = local.isEmpty() && !destination.hosted();
      BlobRef localBlob =
          local.isPresent() ? intake.store("Return-Path: <>\r\n" + signature, spooled) : null;
      BlobRef remoteBlob = remote ? intake.store(signature, spooled) : null;
      intake.accept(
          new Acceptance(
              Intake.newId(),
              "WEBMAIL",
              reader.getId(),
              localBlob,
              local.map(a -> List.of(a.getId())).orElse(List.of()),
              List.of(),
              false,
              remoteBlob,
              "",
              remote ? List.of(to) : List.of()),
          spooled);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not send the read receipt", e);
    }
  }

  private InternetHeaders headers(MailMessage message) {
    try (InputStream raw =
        blobs
            .open(message.getBlobId())
            .orElseThrow(() -> new IllegalStateException("Blob missing: " + message.getBlobId()))) {
      return HeaderParser.read(raw);
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException("Cannot read message " + message.getUid(), e);
    }
  }

  // The first address of Disposition-Notification-To (RFC 8098 §2.1), if it parses.
  private static Optional<String> receiptAddress(InternetHeaders headers) {
    String value = headers.getHeader("Disposition-Notification-To", ",");
    if (value == null) {
      return Optional.empty();
    }
    try {
      InternetAddress[] addresses = InternetAddress.parseHeader(value, false);
      return addresses.length == 0
          ? Optional.empty()
          : Optional.ofNullable(addresses[0].getAddress()).filter(a -> a.contains("@"));
    } catch (MessagingException e) {
      return Optional.empty();
    }
  }
}
