package org.jadepost.web.webmail.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.SpecialUse;

/**
 * Backs {@code /webmail/index.xhtml}: the header and the folder tree with unread counts. System
 * folders are shown under their localized names, custom folders under their own.
 */
@Named
@RequestScoped
public class ShellView {

  /** Bundle keys (under {@code webmail.folder.}) of the system folders. */
  public static final Map<SpecialUse, String> KEYS =
      Map.of(
          SpecialUse.INBOX, "inbox",
          SpecialUse.DRAFTS, "drafts",
          SpecialUse.SENT, "sent",
          SpecialUse.TRASH, "deleted",
          SpecialUse.JUNK, "spam",
          SpecialUse.TODO, "todo",
          SpecialUse.DONE, "done");

  /** System folders in their fixed order (Inbox first); custom ones after them. */
  public static final Comparator<FolderSummary> SYSTEM_FIRST =
      Comparator.comparingInt(
          f -> f.specialUse() == null ? Integer.MAX_VALUE : f.specialUse().ordinal());

  @Inject MailboxService mailboxService;
  @Inject Actor actor;

  private List<FolderSummary> folders;

  /** Loads the folders (f:viewAction). */
  public void load() {
    folders =
        mailboxService.folders(actor).stream()
            .sorted(SYSTEM_FIRST.thenComparing(FolderSummary::path))
            .toList();
  }

  /** The CSS/bundle key of a folder: the system folder's key, or "custom". */
  public String key(FolderSummary folder) {
    return folder.specialUse() == null ? "custom" : KEYS.get(folder.specialUse());
  }

  public Actor getActor() {
    return actor;
  }

  public List<FolderSummary> getFolders() {
    return folders;
  }

  /** Whether the folder has unread mail to show a count for. */
  public boolean hasUnread(FolderSummary folder) {
    return folder.unseenCount() > 0;
  }
}
