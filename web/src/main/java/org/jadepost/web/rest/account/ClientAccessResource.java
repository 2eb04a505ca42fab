package org.jadepost.web.rest.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.account.boundary.ClientCodeService;
import org.jadepost.account.entity.ClientAccessSettings;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/**
 * {@code /api/v1/account/client-access}: whether the caller's mail clients (IMAP, POP3, SMTP) must
 * log in with an authorization code instead of the password (T7).
 */
@Path("v1/account/client-access")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authorization codes")
@UsersAllowed
public class ClientAccessResource {

  @Inject ClientCodeService codes;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The caller's mail client setting")
  public ClientAccessSettings get() {
    return codes.settings(ApiCaller.of(request));
  }

  @PUT
  @Operation(summary = "Require authorization codes for mail clients, or stop requiring them")
  public ClientAccessSettings update(ClientAccessSettings body) {
    return codes.updateSettings(ApiCaller.of(request), ApiCaller.required(body));
  }
}
