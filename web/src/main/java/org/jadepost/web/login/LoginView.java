package org.jadepost.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.jadepost.account.boundary.AuthenticationService;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.ClientLogin;
import org.jadepost.account.entity.ClientProtocol;
import org.jadepost.platform.entity.TooManyAttemptsException;
import org.jadepost.web.faces.Messages;
import org.jadepost.web.faces.SignedIn;
import org.jadepost.web.webmail.settings.SavedLanguage;

/**
 * Backs {@code /login.xhtml}: checks the credentials, switches to the user's saved language and
 * sends each principal to his home.
 */
@Named
@RequestScoped
public class LoginView {

  @Inject AuthenticationService authentication;
  @Inject SavedLanguage savedLanguage;

  private String username;
  private String password;

  /** Already signed in: go straight home instead of showing the form again. */
  public void redirectIfSignedIn() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Optional<Actor> actor = SignedIn.actor((HttpServletRequest) external.getRequest());
    if (actor.isPresent()) {
      external.redirect(external.getRequestContextPath() + SignedIn.home(actor.get()));
    }
  }

  /** Signs in, or says (without telling which part was wrong) that it failed. */
  public String login() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<Actor> actor;
    try {
      actor =
          authentication.authenticateClient(
              new ClientLogin(ClientProtocol.WEB, request.getRemoteAddr(), username, password));
    } catch (TooManyAttemptsException e) {
      Messages.error(e);
      return null;
    } finally {
      password = null;
    }
    if (actor.isEmpty()) {
      Messages.error("login.failed");
      return null;
    }
    SignedIn.signIn(request, actor.get());
    savedLanguage.applyAtSignIn(actor.get());
    return SignedIn.home(actor.get()) + "?faces-redirect=true";
  }

  /** Ends the session and returns to the login page. */
  public String logout() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    SignedIn.signOut((HttpServletRequest) external.getRequest());
    return "/login.xhtml?faces-redirect=true";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
