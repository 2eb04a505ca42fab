package org.jadepost.web.rest.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.account.boundary.ClientCodeService;
import org.jadepost.account.entity.ClientCodeSummary;
import org.jadepost.account.entity.IssuedClientCode;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/**
 * {@code /api/v1/account/client-codes}: the caller's authorization codes for mail clients (T7). The
 * code itself appears only in the answer to its creation.
 */
@Path("v1/account/client-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authorization codes")
@UsersAllowed
public class ClientCodesResource {

  @Inject ClientCodeService codes;
  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  /** The body of a creation request. */
  public record NewCode(String label) {}

  @POST
  @Operation(summary = "Create an authorization code; the answer is the only time it is shown")
  @APIResponse(responseCode = "201", description = "Created, with the code")
  @APIResponse(responseCode = "400", description = "Missing or too long label, or too many codes")
  public Response create(NewCode body) {
    IssuedClientCode created =
        codes.create(ApiCaller.of(request), ApiCaller.required(body).label());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "The caller's codes: label, created, last used (never the code)")
  public List<ClientCodeSummary> list() {
    return codes.list(ApiCaller.of(request));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke a code; clients using it are refused from now on")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", description = "The caller has no such code")
  public Response revoke(@PathParam("id") long id) {
    codes.revoke(ApiCaller.of(request), id);
    return Response.noContent().build();
  }
}
