package org.jadepost.delivery.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.jadepost.account.entity.Account;
import org.jadepost.delivery.entity.DispositionNotification;
import org.jadepost.delivery.entity.ReceivedReceipt;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.platform.control.BlobStore;

/**
 * Records read receipts as they arrive (C5, sender side): an MDN delivered to a user's Inbox whose
 * Original-Message-ID names a message in his Sent folder. The MDN itself stays in the Inbox. A
 * message that is no MDN, or that cannot be read, is left alone: delivery never fails for this.
 */
@Stateless
public class ReceiptRecorder {

  private static final Logger LOG = Logger.getLogger(ReceiptRecorder.class.getName());

  /** MDNs are a few kilobytes; anything much larger is not read as one. */
  private static final long MAX_SIZE = 256 * 1024;

  private static final String SENT_WITH_ID =
      "SELECT COUNT(m) FROM MailMessage m WHERE m.folder = :folder AND m.messageId = :id";

  @PersistenceContext EntityManager em;
  @Inject BlobStore blobs;
  @Inject FolderStore folders;

  /**
   * Records {@code delivered}, just put in {@code account}'s Inbox, if it is a read receipt. Its
   * {@code contentType} (top-level, as delivery read it) decides without reading the message again:
   * only disposition reports are opened.
   */
  public void inspect(Account account, MailMessage delivered, String contentType) {
    if (delivered.getSizeBytes() > MAX_SIZE || !DispositionReports.isReport(contentType)) {
      return;
    }
    try {
      notification(delivered)
          .filter(n -> sentByOwner(account, n.originalMessageId()))
          .ifPresent(n -> record(account, delivered, n));
    } catch (IOException | MessagingException | RuntimeException e) {
      LOG.fine(() -> "Not read as a receipt: " + delivered.getBlobId() + ": " + e);
    }
  }

  private Optional<DispositionNotification> notification(MailMessage delivered)
      throws IOException, MessagingException {
    try (InputStream raw = open(delivered)) {
      return DispositionReports.parse(raw);
    }
  }

  private boolean sentByOwner(Account account, String messageId) {
    MailFolder sent = folders.system(account, SpecialUse.SENT);
    return em.createQuery(SENT_WITH_ID, Long.class)
            .setParameter("folder", sent)
            .setParameter("id", messageId)
            .getSingleResult()
        > 0;
  }

  private void record(Account account, MailMessage mdn, DispositionNotification n) {
    Instant at = mdn.getSentDate() != null ? mdn.getSentDate() : Instant.now();
    em.persist(new ReceivedReceipt(account.getId(), n, at));
    LOG.info(() -> account.address() + " got a read receipt for " + n.originalMessageId());
  }

  private InputStream open(MailMessage message) throws IOException {
    return blobs
        .open(message.getBlobId())
        .orElseThrow(() -> new IOException("Blob missing: " + message.getBlobId()));
  }
}
