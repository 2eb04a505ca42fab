package org.jadepost.web.rest.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON body of every error the API returns.
 *
 * @param status the HTTP status
 * @param error a stable code, for example {@code domain.exists}
 * @param message English text for people
 */
public record ErrorBody(int status, String error, String message) {

  /** A response with this body and status. */
  public static Response response(int status, String error, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ErrorBody(status, error, message))
        .build();
  }
}
