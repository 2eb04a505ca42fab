package org.jadepost.web.webmail.folders;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.entity.UnlockResult;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /webmail/unlock.xhtml?folder=id}: asks the password of a protected folder (N1) and,
 * when it is right, opens the folder in the mail screen.
 */
@Model
@ViewScoped
public class UnlockView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UnlockedFolders unlockedFolders;
  @Inject Actor actor;

  private Long folder;
  private String password;

  /**
   * Opens the folder when the password is right; else says it was wrong, or, when wrong passwords
   * locked the folder, how many minutes to wait.
   */
  public String unlock() {
    if (folder == null) {
      Messages.error("webmail.org.unlock.wrong");
      return null;
    }
    try {
      UnlockResult result = unlockedFolders.unlock(actor, folder, password);
      if (result.opened()) {
        return "/webmail/index?faces-redirect=true&folder=" + folder;
      }
      long minutes = result.minutesToWait(Instant.now());
      if (minutes > 0) {
        Messages.error("webmail.org.unlock.locked", minutes);
      } else {
        Messages.error("webmail.org.unlock.wrong");
      }
    } catch (BusinessException e) {
      Messages.error(e);
    }
    return null;
  }

  public Long getFolder() {
    return folder;
  }

  public void setFolder(Long folder) {
    this.folder = folder;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
