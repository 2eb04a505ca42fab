package org.jadepost.mailbox.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jadepost.adapter.api.imap.ImapChanges;
import org.jadepost.adapter.api.imap.ImapCopyResult;
import org.jadepost.adapter.api.imap.ImapFlagState;
import org.jadepost.adapter.api.imap.ImapFolder;
import org.jadepost.adapter.api.imap.ImapFolderAttribute;
import org.jadepost.adapter.api.imap.ImapFolderStatus;
import org.jadepost.adapter.api.imap.ImapSelection;
import org.jadepost.adapter.api.imap.ImapStoreResult;
import org.jadepost.mailbox.entity.CopyResult;
import org.jadepost.mailbox.entity.FolderDelta;
import org.jadepost.mailbox.entity.FolderSnapshot;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.MessageState;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.mailbox.entity.StoreResult;

/**
 * The store's read models as the IMAP contract's records. The {@link
 * org.jadepost.mailbox.entity.Flag} bits are those of {@link
 * org.jadepost.adapter.api.imap.ImapFlag}: both follow RFC 3501's order.
 */
public final class ImapViews {

  private ImapViews() {}

  /** A folder as LIST shows it. */
  public static ImapFolder folder(MailFolder folder) {
    Set<ImapFolderAttribute> attributes = EnumSet.noneOf(ImapFolderAttribute.class);
    if (folder.isNoselect()) {
      attributes.add(ImapFolderAttribute.NOSELECT);
    }
    if (folder.isSubscribed()) {
      attributes.add(ImapFolderAttribute.SUBSCRIBED);
    }
    SpecialUse use = folder.getSpecialUse();
    if (use != null && use.attribute() != null) {
      for (ImapFolderAttribute attribute : ImapFolderAttribute.values()) {
        if (attribute.specialUse() && attribute.atom().equals(use.attribute())) {
          attributes.add(attribute);
        }
      }
    }
    return new ImapFolder(folder.getPath(), attributes);
  }

  /** A folder's counters for STATUS. */
  public static ImapFolderStatus status(FolderSummary folder) {
    return new ImapFolderStatus(
        folder.messageCount(),
        folder.unseenCount(),
        folder.uidNext(),
        folder.uidValidity(),
        folder.highestModseq(),
        folder.sizeBytes());
  }

  /** A SELECT snapshot. */
  public static ImapSelection selection(FolderSnapshot snapshot) {
    FolderSummary folder = snapshot.folder();
    return new ImapSelection(
        folder.path(),
        folder.uidValidity(),
        folder.uidNext(),
        folder.highestModseq(),
        snapshot.uids(),
        snapshot.flags(),
        snapshot.keywords(),
        false);
  }

  /** The changes since a MODSEQ; the store keeps every expunge, so they are complete. */
  public static ImapChanges changes(FolderDelta delta) {
    FolderSummary folder = delta.folder();
    return new ImapChanges(
        folder.uidValidity(),
        folder.uidNext(),
        folder.highestModseq(),
        states(delta.changed()),
        delta.expunged(),
        true);
  }

  /** What STORE did. */
  public static ImapStoreResult stored(StoreResult result) {
    return new ImapStoreResult(states(result.updated()), result.modified());
  }

  /** What COPY or MOVE did. */
  public static ImapCopyResult copied(CopyResult result) {
    return new ImapCopyResult(
        result.target().uidValidity(), result.sourceUids(), result.targetUids());
  }

  private static List<ImapFlagState> states(List<MessageState> states) {
    return states.stream()
        .map(s -> new ImapFlagState(s.uid(), s.flags(), s.keywords(), s.modseq()))
        .toList();
  }
}
