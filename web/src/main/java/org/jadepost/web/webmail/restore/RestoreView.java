package org.jadepost.web.webmail.restore;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.boundary.TrashService;
import org.jadepost.mailbox.entity.DeletedMail;
import org.jadepost.mailbox.entity.DeletedSummary;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Actions;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /webmail/restore.xhtml}: the counts of Deleted and Spam with a button to empty each,
 * the mail emptied in the last 14 days with check boxes, and the folder to restore the chosen mail
 * into (Inbox unless the user picks another).
 */
@Model
@ViewScoped
public class RestoreView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrashService trash;
  @Inject MailboxService mailboxService;
  @Inject Actor actor;

  private List<DeletedSummary> entries;
  private List<DeletedSummary> selected = List.of();
  private List<FolderSummary> folders;
  private Long folderId;

  /** Loads the folders and the restorable mail (f:viewAction and after every change). */
  public void load() {
    folders = mailboxService.folders(actor);
    entries = trash.restorable(actor);
    if (folderId == null) {
      folderId = folder(SpecialUse.INBOX).id();
    }
  }

  /** Empties Deleted. */
  public void emptyDeleted() {
    empty(SpecialUse.TRASH);
  }

  /** Empties Spam. */
  public void emptySpam() {
    empty(SpecialUse.JUNK);
  }

  private void empty(SpecialUse use) {
    try {
      Messages.info("webmail.org.restore.emptied", trash.empty(actor, use));
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  /** Restores the chosen mail into the chosen folder. */
  public void restore() {
    if (selected == null || selected.isEmpty() || folderId == null) {
      Messages.error("webmail.org.restore.none");
      return;
    }
    List<Long> ids = selected.stream().map(DeletedSummary::id).toList();
    Actions.run(
        () -> trash.restore(actor, ids, folderId), "webmail.org.restore.restored", ids.size());
    selected = List.of();
    load();
  }

  private FolderSummary folder(SpecialUse use) {
    return folders.stream().filter(f -> f.specialUse() == use).findFirst().orElseThrow();
  }

  private int count(SpecialUse use) {
    return folder(use).messageCount();
  }

  public int getDeletedCount() {
    return count(SpecialUse.TRASH);
  }

  public int getSpamCount() {
    return count(SpecialUse.JUNK);
  }

  public int getRestorableDays() {
    return DeletedMail.RESTORABLE_DAYS;
  }

  public List<DeletedSummary> getEntries() {
    return entries;
  }

  public List<DeletedSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<DeletedSummary> selected) {
    this.selected = selected;
  }

  public List<FolderSummary> getFolders() {
    return folders;
  }

  public Long getFolderId() {
    return folderId;
  }

  public void setFolderId(Long folderId) {
    this.folderId = folderId;
  }
}
