package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.PopRange;
import org.jadepost.mailbox.control.ChangeNotifier;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.MailboxAccess;
import org.jadepost.mailbox.control.MailboxWriter;
import org.jadepost.mailbox.control.MessageStore;
import org.jadepost.mailbox.control.PageCursor;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MailMessage;
import org.jadepost.mailbox.entity.MailboxSettings;
import org.jadepost.mailbox.entity.MessagePage;
import org.jadepost.mailbox.entity.MessageSummary;
import org.jadepost.platform.control.BlobStore;
import org.jadepost.platform.entity.BlobRef;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * A user's own mailbox: folders with counts, pages of messages newest first, appending raw messages
 * and changing flags. Only accounts have mailboxes, and only their own.
 */
@Stateless
public class MailboxService {

  /** The largest page a list returns. */
  public static final int MAX_PAGE = 200;

  @Inject MailboxAccess access;
  @Inject FolderStore folders;
  @Inject MessageStore messages;
  @Inject BlobStore blobs;
  @Inject MailboxWriter writer;
  @Inject ChangeNotifier notifier;

  /** The caller's folders ordered by path, system folders included. */
  public List<FolderSummary> folders(Actor actor) {
    return folders.of(access.owner(actor)).stream().map(FolderSummary::of).toList();
  }

  /** One page of a folder, newest first; {@code cursor} is the previous page's next cursor. */
  public MessagePage list(Actor actor, long folderId, String cursor, int limit) {
    MailFolder folder = folders.requireOwned(access.owner(actor), folderId);
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    List<MailMessage> page =
        messages.page(folder, PageCursor.decode(cursor).orElse(null), size + 1);
    boolean more = page.size() > size;
    List<MailMessage> shown = more ? page.subList(0, size) : page;
    String next = more ? PageCursor.after(shown.get(size - 1)).encode() : null;
    return new MessagePage(shown.stream().map(MessageSummary::of).toList(), next);
  }

  /**
   * Stores the raw message {@code raw} in folder {@code folderId} (IMAP APPEND, saving a draft or a
   * sent copy) and returns its summary with the UID it got.
   *
   * @throws org.jadepost.platform.entity.InvalidRequestException {@code mailbox.quota.exceeded}
   *     when it does not fit
   */
  public MessageSummary append(Actor actor, long folderId, InputStream raw, Set<Flag> flags) {
    Account account = access.owner(actor);
    return MessageSummary.of(writer.append(account, folderId, store(raw), flags));
  }

  /** Replaces the flags of message {@code uid} in folder {@code folderId}. */
  public MessageSummary setFlags(Actor actor, long folderId, long uid, Set<Flag> flags) {
    MailFolder folder = folders.lockOwned(access.owner(actor), folderId);
    MailMessage message = access.message(folder, uid);
    boolean wasSeen = message.getFlags().contains(Flag.SEEN);
    long modseq = folder.changed(wasSeen, flags.contains(Flag.SEEN));
    message.setFlags(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags), modseq);
    notifier.changed(folder);
    return MessageSummary.of(message);
  }

  /** The caller's mailbox settings. */
  public MailboxSettings settings(Actor actor) {
    return settingsOf(access.owner(actor));
  }

  /**
   * Changes the caller's mailbox settings; null values stay as they are.
   *
   * @throws InvalidRequestException {@code mailbox.poprange.invalid} for a POP range other than
   *     LAST_WEEK or ALL
   */
  public MailboxSettings updateSettings(Actor actor, MailboxSettings changes) {
    Account account = access.owner(actor);
    if (changes == null) {
      return settingsOf(account);
    }
    if (changes.popRange() != null) {
      account.setPopRange(popRange(changes.popRange()));
    }
    if (changes.saveSentCopy() != null) {
      account.setSaveSent(changes.saveSentCopy());
    }
    if (changes.popDeleteProtection() != null) {
      account.setPopDeleteProtection(changes.popDeleteProtection());
    }
    return settingsOf(account);
  }

  private static MailboxSettings settingsOf(Account account) {
    return new MailboxSettings(
        account.isSaveSent(), account.getPopRange().name(), account.isPopDeleteProtection());
  }

  private static PopRange popRange(String value) {
    try {
      return PopRange.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "mailbox.poprange.invalid", "POP range must be LAST_WEEK or ALL: " + value, value);
    }
  }

  /** The raw RFC 5322 bytes of message {@code uid} in the caller's folder {@code folderId}. */
  public InputStream raw(Actor actor, long folderId, long uid) {
    MailMessage message = access.message(folders.requireOwned(access.owner(actor), folderId), uid);
    try {
      return blobs
          .open(message.getBlobId())
          .orElseThrow(() -> new IllegalStateException("Blob missing: " + message.getBlobId()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read message " + uid, e);
    }
  }

  private BlobRef store(InputStream raw) {
    try {
      return blobs.put(raw);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the message", e);
    }
  }
}
