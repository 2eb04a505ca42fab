package org.jadepost.web.rest.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.account.boundary.LoginLogService;
import org.jadepost.account.entity.LoginEntry;
import org.jadepost.web.rest.platform.ApiCaller;

/**
 * {@code /api/v1/login-log}: login attempts on every protocol (B4), newest first, for
 * administrators. A domain administrator sees his domain's, the provider administrator any domain's
 * ({@code domain=}) or all. Filters: {@code account}, {@code ip}, {@code result}, {@code from} and
 * {@code to} (ISO-8601 instants); paging by {@code offset} and {@code limit}.
 */
@Path("v1/login-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Login log")
public class LoginLogResource {

  @Inject LoginLogService log;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "Login attempts the caller administers, newest first")
  @APIResponse(responseCode = "400", description = "A malformed filter or page")
  @APIResponse(responseCode = "403", description = "Not an administrator of that domain")
  public List<LoginEntry> list(@BeanParam LoginLogQuery query) {
    return log.entries(ApiCaller.of(request), query.filter(), query.offset, query.limit);
  }
}
