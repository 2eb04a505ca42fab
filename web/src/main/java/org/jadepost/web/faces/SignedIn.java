package org.jadepost.web.faces;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.jadepost.account.entity.Actor;

/**
 * Where the signed-in principal lives: one attribute of the HTTP session, set only after the
 * session id has been changed at login (no session fixation).
 */
public final class SignedIn {

  static final String ATTRIBUTE = "org.jadepost.actor";

  private SignedIn() {}

  /** The principal of this request's session, if someone is signed in. */
  public static Optional<Actor> actor(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((Actor) session.getAttribute(ATTRIBUTE));
  }

  /** Signs {@code actor} in: a fresh session id, then the principal stored in the session. */
  public static void signIn(HttpServletRequest request, Actor actor) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(ATTRIBUTE, actor);
  }

  /** Ends the session. */
  public static void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** The page each kind of principal lands on after login. */
  public static String home(Actor actor) {
    return switch (actor.kind()) {
      case PROVIDER_ADMIN -> "/admin/provider/domains.xhtml";
      case DOMAIN_ADMIN -> "/admin/domain/users.xhtml";
      case USER -> "/webmail/index.xhtml";
    };
  }
}
