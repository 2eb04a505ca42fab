package org.jadepost.web.webmail.folders;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.jadepost.account.entity.Actor;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /webmail/unlock.xhtml?folder=id}: asks the password of a protected folder (N1) and,
 * when it is right, opens the folder in the mail screen.
 */
@Named
@ViewScoped
public class UnlockView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UnlockedFolders unlockedFolders;
  @Inject Actor actor;

  private Long folder;
  private String password;

  /** Opens the folder when the password is right; else says it was wrong. */
  public String unlock() {
    try {
      if (folder != null && unlockedFolders.unlock(actor, folder, password)) {
        return "/webmail/index?faces-redirect=true&folder=" + folder;
      }
      Messages.error("webmail.org.unlock.wrong");
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
