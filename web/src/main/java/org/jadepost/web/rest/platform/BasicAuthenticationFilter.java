package org.jadepost.web.rest.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jadepost.account.boundary.AuthenticationService;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.ClientLogin;
import org.jadepost.account.entity.ClientProtocol;
import org.jadepost.web.faces.SignedIn;

/**
 * HTTP Basic authentication (RFC 7617, UTF-8) for the API. Only administrators pass, except on
 * resources marked {@link UsersAllowed}: a missing or wrong credential gets 401, a user's valid
 * credential 403. Resources marked {@link SessionAllowed} also accept the webmail session of a
 * signed-in user (the webmail's scripts). The principal is handed to the resources as the request
 * property {@value #ACTOR}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {

  /** The request property (and servlet request attribute) holding the {@link Actor}. */
  public static final String ACTOR = "org.jadepost.api.actor";

  /** The header webmail scripts send with unsafe requests authenticated by the session. */
  public static final String CSRF_HEADER = "X-Jadepost-Request";

  @Inject AuthenticationService authentication;
  @Context ResourceInfo resource;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<String[]> credentials = parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (credentials.isEmpty() && sessionAllowed()) {
      Optional<Actor> signedIn = SignedIn.actor(http).filter(a -> !a.isProviderAdmin());
      boolean script = request.getHeaderString(CSRF_HEADER) != null;
      boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
      if (signedIn.isPresent() && (safe || script)) {
        request.setProperty(ACTOR, signedIn.get());
        return;
      }
      if (signedIn.isPresent()) {
        // A cross-site form rides on the cookie but cannot add the header.
        request.abortWith(
            ErrorBody.response(403, "csrf.header.missing", CSRF_HEADER + " header required"));
        return;
      }
      if (script) {
        // The webmail's session ended: no Basic challenge, which would open a browser dialog.
        request.abortWith(ErrorBody.response(401, "auth.required", "Signed out"));
        return;
      }
    }
    if (credentials.isEmpty()) {
      abort(request, "auth.required", "Authentication required");
      return;
    }
    String login = credentials.get()[0];
    String password = credentials.get()[1];
    // A lock throws TooManyAttemptsException, which BusinessExceptionMapper answers with 429.
    Optional<Actor> actor =
        authentication.authenticateClient(
            new ClientLogin(ClientProtocol.API, http.getRemoteAddr(), login, password));
    if (actor.isEmpty()) {
      abort(request, "auth.failed", "Wrong login or password");
    } else if (!actor.get().isAdministrator() && !usersAllowed()) {
      request.abortWith(ErrorBody.response(403, "forbidden.admin", "Administrators only"));
    } else {
      request.setProperty(ACTOR, actor.get());
    }
  }

  /**
   * Whether the resource also accepts the webmail session: safe methods, or requests carrying
   * {@value #CSRF_HEADER}, which a cross-site form cannot send and a cross-site script cannot add
   * without a CORS preflight this API never grants.
   */
  private boolean sessionAllowed() {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    return type != null && type.isAnnotationPresent(SessionAllowed.class);
  }

  private boolean usersAllowed() {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    return type != null && type.isAnnotationPresent(UsersAllowed.class);
  }

  static Optional<String[]> parse(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? Optional.empty()
          : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void abort(ContainerRequestContext request, String code, String message) {
    request.abortWith(
        jakarta.ws.rs.core.Response.fromResponse(ErrorBody.response(401, code, message))
            .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Jadepost\", charset=\"UTF-8\"")
            .build());
  }
}
