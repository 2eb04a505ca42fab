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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.account.boundary.LoginLogService;
import org.jadepost.account.entity.LoginEntry;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/**
 * {@code /api/v1/account/login-log}: the caller's own login attempts (manual §19.1.1), with the
 * same filters as the administrators' log.
 */
@Path("v1/account/login-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Login log")
@UsersAllowed
public class OwnLoginLogResource {

  @Inject LoginLogService log;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The caller's own login attempts, newest first")
  public List<LoginEntry> list(@BeanParam LoginLogQuery query) {
    return log.own(ApiCaller.of(request), query.filter(), query.offset, query.limit);
  }
}
