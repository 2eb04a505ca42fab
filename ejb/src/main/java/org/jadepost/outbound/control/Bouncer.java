package org.jadepost.outbound.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.mailbox.control.MailboxWriter;
import org.jadepost.outbound.entity.OutboundDelivery;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;

/**
 * Tells a sender that his message failed for some recipients: a DSN into his Inbox when he is
 * hosted here, else queued to his address with the null reverse-path. A message that itself had the
 * null reverse-path (a DSN) is never bounced (RFC 5321 §6.1 / §4.5.5): it is dropped and logged.
 */
@Stateless
public class Bouncer {

  private static final Logger LOG = Logger.getLogger(Bouncer.class.getName());
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  @Inject AccountStore accounts;
  @Inject MailboxWriter mailboxes;
  @Inject BlobStore blobs;
  @Inject OutboundQueue queue;
  @Inject OutboundSettings settings;

  /** Sends one DSN for {@code failed}, entries of the same message, in the caller's transaction. */
  public void bounce(OutboundDelivery message, List<FailedRecipient> failed) {
    String sender = message.getReversePath();
    if (sender.isEmpty()) {
      LOG.warning(() -> "Dropped undeliverable bounce " + message.getAcceptId() + " to " + failed);
      return;
    }
    byte[] dsn =
        DsnBuilder.build(
            settings.hostname(),
            sender,
            headers(message.getBlobId()),
            message.getQueuedAt(),
            failed);
    BlobRef blob = store(dsn);
    Optional<Account> hosted = hosted(sender);
    if (hosted.isPresent()) {
      mailboxes.deliverToInbox(hosted.get(), blob);
    } else {
      queue.enqueue(newAcceptId(), message.getSenderAccountId(), "", List.of(sender), blob);
    }
    LOG.info(
        () ->
            "Bounced "
                + message.getAcceptId()
                + " to "
                + sender
                + " for "
                + failed.size()
                + " recipient(s)");
  }

  private Optional<Account> hosted(String address) {
    int at = address.lastIndexOf('@');
    return accounts
        .find(
            address.substring(at + 1).toLowerCase(Locale.ROOT),
            address.substring(0, at).toLowerCase(Locale.ROOT))
        .filter(Account::isEnabled);
  }

  /** The original's header block, up to the blank line (RFC 3462: text/rfc822-headers). */
  private byte[] headers(String blobId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = blobs.open(blobId).orElse(InputStream.nullInputStream())) {
      int previous = -1;
      int lineLength = 0;
      for (int b; (b = in.read()) >= 0 && out.size() < MAX_HEADER_BYTES; previous = b) {
        out.write(b);
        if (b == '\n') {
          if (lineLength == 0 || (lineLength == 1 && previous == '\r')) {
            break;
          }
          lineLength = 0;
        } else {
          lineLength++;
        }
      }
    } catch (IOException e) {
      LOG.warning(() -> "Could not read the headers of blob " + blobId + ": " + e);
    }
    return out.toByteArray();
  }

  private BlobRef store(byte[] dsn) {
    try {
      return blobs.put(new ByteArrayInputStream(dsn));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store a DSN", e);
    }
  }

  private static String newAcceptId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }
}
