package org.jadepost.web.rest.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.account.boundary.AccountService;
import org.jadepost.account.entity.UserSummary;
import org.jadepost.web.rest.platform.ApiCaller;

/** {@code /api/v1/domains/{domain}/users}: the accounts of a domain (FEATURES R1). */
@Path("v1/domains/{domain}/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UsersResource {

  @Inject AccountService accounts;
  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  @PathParam("domain")
  String domain;

  @POST
  @Operation(summary = "Create a user")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid name, weak password or no quota left")
  @APIResponse(responseCode = "403", description = "Not an administrator of this domain")
  @APIResponse(responseCode = "404", description = "No such domain")
  @APIResponse(responseCode = "409", description = "The user exists")
  public Response create(UserRequest body) {
    UserRequest user = ApiCaller.required(body);
    UserSummary created = accounts.createUser(ApiCaller.of(request), domain, user.newUser());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.localPart()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "List users, ordered by mailbox name")
  public List<UserSummary> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return accounts.listUsers(ApiCaller.of(request), domain, offset, limit);
  }

  @GET
  @Path("{localPart}")
  @Operation(summary = "One user")
  @APIResponse(responseCode = "404", description = "No such user")
  public UserSummary get(@PathParam("localPart") String localPart) {
    return accounts.getUser(ApiCaller.of(request), domain, localPart);
  }

  @DELETE
  @Path("{localPart}")
  @Operation(summary = "Delete a user")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such user")
  public Response delete(@PathParam("localPart") String localPart) {
    accounts.deleteUser(ApiCaller.of(request), domain, localPart);
    return Response.noContent().build();
  }
}
