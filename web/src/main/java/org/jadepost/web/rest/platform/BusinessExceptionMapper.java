package org.jadepost.web.rest.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.platform.entity.ConflictException;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.platform.entity.NotFoundException;
import org.jadepost.platform.entity.TooManyAttemptsException;

/** Turns business failures into 400, 403, 404, 409 or 429 with a JSON body. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Override
  public Response toResponse(BusinessException e) {
    return ErrorBody.response(status(e), e.code(), e.getMessage());
  }

  /** The HTTP status of {@code e}. */
  public static int status(BusinessException e) {
    if (e instanceof NotFoundException) {
      return 404;
    }
    if (e instanceof ConflictException) {
      return 409;
    }
    if (e instanceof ForbiddenException) {
      return 403;
    }
    if (e instanceof TooManyAttemptsException) {
      return 429;
    }
    return 400;
  }
}
