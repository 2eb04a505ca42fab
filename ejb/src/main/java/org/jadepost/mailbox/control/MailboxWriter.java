package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jadepost.account.entity.Account;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MessageHeaders;
import org.jadepost.mailbox.entity.QuotaCheck;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.tenancy.entity.MailDomain;

/**
 * Adds stored blobs to folders: the one place that takes UIDs, counts and checks quota, for the
 * webmail and IMAP (append) as for delivery.
 */
@ApplicationScoped
public class MailboxWriter {

  @Inject FolderStore folders;
  @Inject MessageStore messages;
  @Inject BlobStore blobs;
  @Inject ChangeNotifier notifier;

  /** Whether {@code size} more bytes fit into the account's quota and its domain's. */
  public boolean fits(Account account, long size) {
    return quotaCheck(account, size) == QuotaCheck.FITS;
  }

  /**
   * How {@code size} more bytes stand against the account's quota and its domain's (T8): {@link
   * QuotaCheck#NEVER_FITS} when the message is larger than the quota itself, {@link
   * QuotaCheck#FULL} when it would fit once mail is deleted.
   */
  public QuotaCheck quotaCheck(Account account, long size) {
    MailDomain domain = account.getDomain();
    if (size > account.getQuotaBytes() || size > domain.getQuotaBytes()) {
      return QuotaCheck.NEVER_FITS;
    }
    if (folders.usedBytes(account) + size > account.getQuotaBytes()
        || folders.usedBytes(domain) + size > domain.getQuotaBytes()) {
      return QuotaCheck.FULL;
    }
    return QuotaCheck.FITS;
  }

  /**
   * Refuses {@code size} more bytes over quota.
   *
   * @throws InvalidRequestException {@code mailbox.quota.exceeded}
   */
  public void requireFits(Account account, long size) {
    if (!fits(account, size)) {
      throw new InvalidRequestException(
          "mailbox.quota.exceeded",
          "The mailbox is full: " + account.getQuotaBytes() + " bytes",
          String.valueOf(account.getQuotaBytes() >> 20));
    }
  }

  /** Appends {@code blob} to the account's folder {@code folderId}, refusing it over quota. */
  public MailMessage append(Account account, long folderId, BlobRef blob, Set<Flag> flags) {
    MailFolder folder = folders.lockOwned(account, folderId);
    requireFits(account, blob.size());
    return add(folder, blob, flags, headers(blob));
  }

  /**
   * Appends {@code blob} to {@code folder}, locked by the caller, with flags, keywords and an
   * internal date (IMAP APPEND, RFC 3501 §6.3.11), refusing it over quota.
   */
  public MailMessage append(
      MailFolder folder, BlobRef blob, Set<Flag> flags, List<String> keywords, Instant date) {
    requireFits(folder.getAccount(), blob.size());
    MailMessage message = add(folder, blob, flags, headers(blob));
    message.setInternalDate(date.truncatedTo(ChronoUnit.MICROS));
    if (!keywords.isEmpty()) {
      message.setState(flags, keywords, message.getModseq());
      folder.useKeywords(keywords);
    }
    return message;
  }

  /**
   * Delivers {@code blob} to the account's Inbox. Quota was checked when the recipient was
   * accepted; a message accepted then is never lost now, even if it overshoots a little.
   */
  public MailMessage deliverToInbox(Account account, BlobRef blob) {
    return deliver(account, SpecialUse.INBOX, blob, Set.of());
  }

  /** Delivers {@code blob} to a system folder, like {@link #deliverToInbox} without quota check. */
  public MailMessage deliver(Account account, SpecialUse use, BlobRef blob, Set<Flag> flags) {
    return deliverParsed(account, use, blob, flags).message();
  }

  /**
   * {@link #deliver}, also returning the header facts it read, so the caller need not read the
   * message again.
   */
  public Delivered deliverParsed(Account account, SpecialUse use, BlobRef blob, Set<Flag> flags) {
    // Parsed before the folder lock, so concurrent deliveries to one mailbox wait less.
    MessageHeaders headers = headers(blob);
    return new Delivered(add(folders.lockSystem(account, use), blob, flags, headers), headers);
  }

  /**
   * A message just delivered.
   *
   * @param message the stored message
   * @param headers the header facts read from it
   */
  public record Delivered(MailMessage message, MessageHeaders headers) {}

  private MailMessage add(
      MailFolder folder, BlobRef blob, Set<Flag> flags, MessageHeaders headers) {
    MailMessage message =
        new MailMessage(
            folder, blob.id(), blob.size(), Instant.now().truncatedTo(ChronoUnit.MICROS), headers);
    long[] uidAndModseq = folder.admit(blob.size(), flags.contains(Flag.SEEN));
    message.admitted(uidAndModseq[0], uidAndModseq[1], flags);
    messages.persist(message);
    notifier.changed(folder);
    return message;
  }

  private MessageHeaders headers(BlobRef blob) {
    try (InputStream in = blobs.open(blob.id()).orElseThrow()) {
      return HeaderParser.parse(in);
    } catch (IOException | MessagingException e) {
      return new MessageHeaders(null, null, null, null, null, null, null);
    }
  }
}
