package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.MailboxAccess;
import org.jadepost.mailbox.control.MessageChanges;
import org.jadepost.mailbox.control.MessageStore;
import org.jadepost.mailbox.control.MimeReader;
import org.jadepost.mailbox.control.PageCursor;
import org.jadepost.mailbox.control.SortCursor;
import org.jadepost.mailbox.control.SortedPages;
import org.jadepost.mailbox.control.TrustedSenders;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.FlagChange;
import org.jadepost.mailbox.entity.Keywords;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MessagePage;
import org.jadepost.mailbox.entity.MessagePart;
import org.jadepost.mailbox.entity.MessageSort;
import org.jadepost.mailbox.entity.MessageSummary;
import org.jadepost.mailbox.entity.ReadMessage;
import org.jadepost.mailbox.entity.UidSet;
import org.jadepost.platform.control.BlobStore;

/**
 * The webmail's reading side: sorted keyset pages of a folder, opening a message (which marks it
 * \Seen, so IMAP clients see it read), its parts and its raw source. Every lookup goes through the
 * caller's own account: another user's folder or UID is simply not found.
 */
@Stateless
public class MailReader {

  @Inject MailboxAccess access;
  @Inject FolderStore folders;
  @Inject MessageStore messages;
  @Inject SortedPages pages;
  @Inject MessageChanges changes;
  @Inject BlobStore blobs;
  @Inject TrustedSenders trusted;

  /** One page of folder {@code folderId} in order {@code sort}, after {@code cursor}. */
  public MessagePage list(
      Actor actor, long folderId, MessageSort sort, boolean ascending, String cursor, int limit) {
    MailFolder folder = folders.requireOwned(access.owner(actor), folderId);
    int size = Math.max(1, Math.min(limit, MailboxService.MAX_PAGE));
    List<MailMessage> page = pages.page(folder, sort, ascending, cursor, size + 1);
    boolean more = page.size() > size;
    List<MailMessage> shown = more ? page.subList(0, size) : page;
    String next = more ? cursor(sort, ascending, shown.get(size - 1)) : null;
    return new MessagePage(shown.stream().map(MessageSummary::of).toList(), next);
  }

  private static String cursor(MessageSort sort, boolean ascending, MailMessage last) {
    return sort == MessageSort.DATE && !ascending
        ? PageCursor.after(last).encode()
        : SortCursor.after(sort, last).encode();
  }

  /** Opens message {@code uid} of folder {@code folderId} and marks it \Seen. */
  public ReadMessage open(Actor actor, long folderId, long uid) {
    MailFolder folder = folders.lockOwned(access.owner(actor), folderId);
    MailMessage message = access.message(folder, uid);
    if (!message.getFlags().contains(Flag.SEEN)) {
      FlagChange seen =
          new FlagChange(
              FlagChange.Mode.ADD, Flag.toBits(java.util.Set.of(Flag.SEEN)), List.of(), -1);
      changes.store(folder, UidSet.of(uid), seen);
    }
    return read(folder, message);
  }

  /**
   * Shows remote images of the sender of message {@code uid} from now on (per-sender "show remote
   * images"); returns the message as the reading pane shows it now.
   */
  public ReadMessage trustSender(Actor actor, long folderId, long uid) {
    Account account = access.owner(actor);
    MailFolder folder = folders.requireOwned(account, folderId);
    MailMessage message = access.message(folder, uid);
    trusted.trust(account, message.getFromAddress());
    return read(folder, message);
  }

  /** Part {@code index} of message {@code uid} (an attachment download). */
  public Optional<MessagePart> part(Actor actor, long folderId, long uid, int index) {
    return MimeReader.part(raw(actor, folderId, uid), index);
  }

  /** The part of message {@code uid} with Content-ID {@code contentId} (an inline image). */
  public Optional<MessagePart> inline(Actor actor, long folderId, long uid, String contentId) {
    return MimeReader.inline(raw(actor, folderId, uid), contentId);
  }

  /** The sanitizable view of message {@code uid} without marking it read (the body frame). */
  public ReadMessage peek(Actor actor, long folderId, long uid) {
    MailFolder folder = folders.requireOwned(access.owner(actor), folderId);
    return read(folder, access.message(folder, uid));
  }

  private ReadMessage read(MailFolder folder, MailMessage message) {
    boolean trust = trusted.trusts(folder.getAccount(), message.getFromAddress());
    ReadMessage read =
        MimeReader.read(folder.getId(), message.getUid(), bytes(message)).withSenderTrusted(trust);
    return Keywords.contains(message.getKeywords(), ReadMessage.RECEIPT_ANSWERED)
        ? read.withoutReceipt()
        : read;
  }

  /** The raw bytes of message {@code uid} (view source). */
  public byte[] raw(Actor actor, long folderId, long uid) {
    return bytes(access.message(folders.requireOwned(access.owner(actor), folderId), uid));
  }

  private byte[] bytes(MailMessage message) {
    try (InputStream in =
        blobs
            .open(message.getBlobId())
            .orElseThrow(() -> new IllegalStateException("Blob missing: " + message.getBlobId()))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read message " + message.getUid(), e);
    }
  }
}
