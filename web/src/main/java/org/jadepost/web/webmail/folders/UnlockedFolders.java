package org.jadepost.web.webmail.folders;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.FolderLockService;
import org.jadepost.mailbox.entity.LockScope;
import org.jadepost.mailbox.entity.UnlockResult;

/**
 * The password-protected folders (FEATURES N1) opened in this session. The list screen asks {@link
 * #mayOpen} before it shows a folder and sends the user to {@code /webmail/unlock.xhtml?folder=id}
 * when it may not. Session-scoped (an exception to the style guide's rule) because an unlocked
 * folder stays open until the user signs out, as the manual describes.
 */
@Named
@SessionScoped
public class UnlockedFolders implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FolderLockService folderLocks;

  private final Set<LockScope> unlocked = EnumSet.noneOf(LockScope.class);

  /** Whether {@code actor} may see folder {@code folderId} now without giving its password. */
  public boolean mayOpen(Actor actor, long folderId) {
    return folderLocks.lockOf(actor, folderId).map(unlocked::contains).orElse(true);
  }

  /** Tries {@code password} on folder {@code folderId}; once opened it stays open this session. */
  public UnlockResult unlock(Actor actor, long folderId, String password) {
    UnlockResult result = folderLocks.unlock(actor, folderId, password);
    if (result.opened()) {
      folderLocks.lockOf(actor, folderId).ifPresent(unlocked::add);
    }
    return result;
  }
}
