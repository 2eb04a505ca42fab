package org.jadepost.mailbox.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.control.AccountStore;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.control.ChangeNotifier;
import org.jadepost.mailbox.control.FolderStore;
import org.jadepost.mailbox.control.FolderTree;
import org.jadepost.mailbox.control.MessageCopier;
import org.jadepost.mailbox.entity.FolderPath;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MailFolder;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.mailbox.entity.UidSet;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * Organising a user's own folders from the webmail and REST (FEATURES D6): create, rename, move
 * under another folder and delete custom folders, by folder id. The rules (names, at most 300
 * folders and 6 levels, system folders stay) are those of IMAP CREATE and RENAME, which share
 * {@link FolderTree}; unlike IMAP DELETE, deleting here keeps the mail: it moves to Deleted. Every
 * IMAP session hears of each change.
 */
@Stateless
public class FolderService {

  @Inject AccountStore accounts;
  @Inject FolderStore folders;
  @Inject FolderTree tree;
  @Inject MessageCopier copier;
  @Inject ChangeNotifier notifier;

  /**
   * Creates folder {@code name} at the top level or under the caller's folder {@code parentId}.
   *
   * @throws InvalidRequestException {@code folder.name.invalid}, {@code folder.limit.count} or
   *     {@code folder.limit.depth}
   */
  public FolderSummary create(Actor actor, Long parentId, String name) {
    Account account = accounts.own(actor);
    FolderPath path = under(parent(account, parentId), leaf(name));
    MailFolder created = tree.create(account, path);
    notifier.listChanged(created, created.getPath());
    return FolderSummary.of(created);
  }

  /** Gives the caller's custom folder {@code folderId} the name {@code name}, in the same place. */
  public FolderSummary rename(Actor actor, long folderId, String name) {
    Account account = accounts.own(actor);
    MailFolder folder = custom(account, folderId);
    return relocate(account, folder, under(Optional.ofNullable(folder.getParent()), leaf(name)));
  }

  /** Moves the caller's custom folder {@code folderId} under {@code parentId} (null: top level). */
  public FolderSummary move(Actor actor, long folderId, Long parentId) {
    Account account = accounts.own(actor);
    MailFolder folder = custom(account, folderId);
    FolderPath leaf = FolderPath.of(folder.getName());
    return relocate(account, folder, under(parent(account, parentId), leaf));
  }

  /**
   * Puts the caller's custom folder {@code folderId} under {@code parentId} (null: top level) with
   * the name {@code name}, in one step (REST PUT).
   */
  public FolderSummary update(Actor actor, long folderId, Long parentId, String name) {
    Account account = accounts.own(actor);
    MailFolder folder = custom(account, folderId);
    return relocate(account, folder, under(parent(account, parentId), leaf(name)));
  }

  private FolderSummary relocate(Account account, MailFolder folder, FolderPath to) {
    FolderPath from = FolderPath.of(folder.getPath());
    if (from.equals(to)) {
      return FolderSummary.of(folder);
    }
    List<MailFolder> inferiors = tree.rename(account, from, to);
    notifier.listChanged(folder, from.value());
    for (MailFolder inferior : inferiors) {
      String below = inferior.getPath().substring(to.value().length());
      notifier.listChanged(inferior, from.value() + below);
    }
    return FolderSummary.of(folder);
  }

  /**
   * Deletes the caller's custom folder {@code folderId} with its subfolders; their mail moves to
   * Deleted, where it can still be restored.
   */
  public void delete(Actor actor, long folderId) {
    Account account = accounts.own(actor);
    MailFolder folder = custom(account, folderId);
    MailFolder trash = folders.lockSystem(account, SpecialUse.TRASH);
    List<MailFolder> doomed = new ArrayList<>(tree.below(account, FolderPath.of(folder.getPath())));
    doomed.add(folder);
    doomed.sort(Comparator.comparing(MailFolder::getPath).reversed()); // children first
    for (MailFolder each : doomed) {
      MailFolder locked = folders.lockOwned(account, each.getId());
      if (locked.getMessageCount() > 0) {
        copier.move(locked, UidSet.ALL, trash);
      }
      String path = locked.getPath();
      tree.delete(account, FolderPath.of(path));
      notifier.listChanged(locked, path);
    }
  }

  private MailFolder custom(Account account, long folderId) {
    MailFolder folder = folders.lockOwned(account, folderId);
    if (folder.getSpecialUse() != null) {
      throw new ForbiddenException(
          "folder.system", "A system folder stays: " + folder.getPath(), folder.getPath());
    }
    return folder;
  }

  private Optional<MailFolder> parent(Account account, Long parentId) {
    return parentId == null
        ? Optional.empty()
        : Optional.of(folders.requireOwned(account, parentId));
  }

  private static FolderPath under(Optional<MailFolder> parent, FolderPath leaf) {
    return FolderPath.of(parent.map(p -> p.getPath() + MailFolder.DELIMITER).orElse("") + leaf);
  }

  // One level: a "/" in a typed name would silently create a parent.
  private static FolderPath leaf(String name) {
    String typed = name == null ? "" : name.strip();
    FolderPath path = FolderPath.of(typed);
    if (typed.indexOf(MailFolder.DELIMITER) >= 0 || path.inbox()) {
      throw new InvalidRequestException(
          "folder.name.invalid", "Not a valid folder name: " + typed, typed);
    }
    return path;
  }
}
