package org.jadepost.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jadepost.account.boundary.PasswordService;
import org.jadepost.account.entity.Actor;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.jadepost.web.faces.SignedIn;

/** Backs {@code /account/password.xhtml}: the signed-in principal changes his password. */
@Named
@RequestScoped
public class PasswordView {

  @Inject PasswordService passwordService;
  @Inject Actor actor;

  private String current;
  private String password;
  private String repeat;

  /** Changes the password when both new entries agree. */
  public String change() {
    try {
      if (password == null || !password.equals(repeat)) {
        Messages.error("account.password.mismatch");
        return null;
      }
      passwordService.changeOwn(actor, current, password);
      Messages.info("account.password.changed");
      return SignedIn.home(actor) + "?faces-redirect=true";
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    } finally {
      current = password = repeat = null;
    }
  }

  /** Where "back" leads: the principal's own home page. */
  public String getHome() {
    return SignedIn.home(actor);
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
