package org.jadepost.web.webmail.folders;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.FolderService;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.entity.FolderLimits;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.web.faces.Actions;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /webmail/folders.xhtml}: the user's folders with their counts, and forms to create a
 * folder (at the top or under another), rename, move or delete a custom one. Limits and refusals
 * come back from the service as bilingual messages.
 */
@Model
@ViewScoped
public class FoldersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MailboxService mailboxService;
  @Inject FolderService folderService;
  @Inject Actor actor;

  private List<FolderSummary> folders;
  private String name;
  private Long parentId;
  private Long folderId;
  private String newName;
  private Long newParentId;

  /** Loads the folders (f:viewAction and after every change). */
  public void load() {
    folders = mailboxService.folders(actor);
  }

  /** Creates a folder called {@link #getName()} under the chosen parent. */
  public void create() {
    run(() -> folderService.create(actor, parentId, name), "webmail.org.folders.created", name);
    name = null;
  }

  /** Renames the chosen folder to {@link #getNewName()}. */
  public void rename() {
    if (folderId != null) {
      run(
          () -> folderService.rename(actor, folderId, newName),
          "webmail.org.folders.renamed",
          newName);
    }
  }

  /** Moves the chosen folder under the chosen new parent (none: the top level). */
  public void move() {
    if (folderId != null) {
      run(
          () -> folderService.move(actor, folderId, newParentId),
          "webmail.org.folders.moved",
          label(folderId));
    }
  }

  /** Deletes the chosen folder and its subfolders; their mail goes to Deleted. */
  public void delete() {
    if (folderId != null) {
      String label = label(folderId);
      run(() -> folderService.delete(actor, folderId), "webmail.org.folders.deleted", label);
      folderId = null;
    }
  }

  private void run(Runnable action, String successKey, String argument) {
    Actions.run(action, successKey, argument);
    load();
  }

  private String label(Long id) {
    return folders.stream()
        .filter(f -> f.id() == id)
        .map(FolderSummary::path)
        .findFirst()
        .orElse("");
  }

  /** Every folder, system ones included: the possible parents. */
  public List<FolderSummary> getFolders() {
    return folders;
  }

  /** The user's own folders: those that can be renamed, moved and deleted. */
  public List<FolderSummary> getCustomFolders() {
    return folders.stream().filter(f -> f.specialUse() == null).toList();
  }

  /** How deep {@code folder} lies: 0 at the top, for indenting. */
  public int depth(FolderSummary folder) {
    return (int) folder.path().chars().filter(c -> c == '/').count();
  }

  public int getMaxFolders() {
    return FolderLimits.MAX_FOLDERS;
  }

  public int getMaxLevels() {
    return FolderLimits.MAX_LEVELS;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public Long getFolderId() {
    return folderId;
  }

  public void setFolderId(Long folderId) {
    this.folderId = folderId;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public Long getNewParentId() {
    return newParentId;
  }

  public void setNewParentId(Long newParentId) {
    this.newParentId = newParentId;
  }
}
