package org.jadepost.web.rest.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.jadepost.account.entity.Actor;
import org.jadepost.platform.entity.InvalidRequestException;

/** Helpers every resource uses: who is calling, and a check that a body was sent. */
public final class ApiCaller {

  private ApiCaller() {}

  /** The administrator {@link BasicAuthenticationFilter} authenticated for this request. */
  public static Actor of(HttpServletRequest request) {
    return (Actor) request.getAttribute(BasicAuthenticationFilter.ACTOR);
  }

  /** {@code body}, or a 400 when the request had none. */
  public static <T> T required(T body) {
    if (body == null) {
      throw new InvalidRequestException("body.missing", "A JSON request body is required");
    }
    return body;
  }
}
