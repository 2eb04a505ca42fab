package org.jadepost.web.webmail.folders;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.FolderLockService;
import org.jadepost.mailbox.entity.LockScope;
import org.jadepost.mailbox.entity.UnlockAttemptSummary;
import org.jadepost.web.faces.Actions;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /webmail/folder-passwords.xhtml}: which of the seven folders are protected (N1), a
 * form to set or remove a folder's password, and the log of attempts to open them.
 */
@Model
@ViewScoped
public class FolderPasswordsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FolderLockService folderLocks;
  @Inject Actor actor;

  private List<LockScope> protectedScopes;
  private List<UnlockAttemptSummary> attempts;
  private LockScope scope = LockScope.INBOX;
  private String password;

  /** Loads the protection state and the log (f:viewAction and after a change). */
  public void load() {
    protectedScopes = folderLocks.protectedScopes(actor);
    attempts = folderLocks.attempts(actor);
  }

  /** Sets the chosen folder's password, or removes it when the field is empty. */
  public void save() {
    boolean removing = password == null || password.isBlank();
    String key = removing ? "webmail.org.locks.removed" : "webmail.org.locks.saved";
    Actions.run(() -> folderLocks.setPassword(actor, scope, password), key, "");
    password = null;
    load();
  }

  /** Whether {@code candidate} is protected. */
  public boolean isProtected(LockScope candidate) {
    return protectedScopes.contains(candidate);
  }

  public List<LockScope> getScopes() {
    return List.of(LockScope.values());
  }

  public List<UnlockAttemptSummary> getAttempts() {
    return attempts;
  }

  public LockScope getScope() {
    return scope;
  }

  public void setScope(LockScope scope) {
    this.scope = scope;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
