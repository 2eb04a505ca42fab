package org.jadepost.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jadepost.account.entity.Actor;

/**
 * Guards the consoles and the webmail: no session sends the browser to the login page; a principal
 * on a page not meant for him goes to his own home page. Fine-grained checks (which domain) happen
 * again in the boundaries.
 */
@WebFilter(urlPatterns = {"/admin/*", "/webmail/*", "/account/*"})
public class AccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Actor> actor = SignedIn.actor(request);
    if (actor.isEmpty()) {
      response.sendRedirect(request.getContextPath() + "/login.xhtml");
      return;
    }
    if (!allowed(actor.get(), request.getServletPath())) {
      response.sendRedirect(request.getContextPath() + SignedIn.home(actor.get()));
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }

  static boolean allowed(Actor actor, String path) {
    if (path.startsWith("/admin/provider/")) {
      return actor.isProviderAdmin();
    }
    if (path.startsWith("/admin/")) {
      return actor.isAdministrator();
    }
    if (path.startsWith("/account/")) {
      return true;
    }
    // Only accounts have a mailbox; the provider administrator has none.
    return !actor.isProviderAdmin();
  }
}
