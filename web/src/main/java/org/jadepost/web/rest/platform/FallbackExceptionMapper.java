package org.jadepost.web.rest.platform;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.platform.entity.BusinessException;

/**
 * Every other failure: protocol errors keep their status, unreadable JSON is a 400, anything
 * unexpected is logged and answered with a 500 that tells nothing about the inside.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof BusinessException business) {
      return new BusinessExceptionMapper().toResponse(business);
    }
    if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return ErrorBody.response(status, "http." + status, reason(web));
    }
    if (hasCause(cause, JsonbException.class)) {
      return ErrorBody.response(400, "body.invalid", "The request body is not valid JSON");
    }
    LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
    return ErrorBody.response(500, "internal", "Internal error; see the server log");
  }

  private static String reason(WebApplicationException e) {
    return e.getResponse().getStatusInfo().getReasonPhrase();
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
