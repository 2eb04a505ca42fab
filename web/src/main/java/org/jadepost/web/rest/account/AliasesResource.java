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
import org.jadepost.account.boundary.AliasService;
import org.jadepost.web.rest.platform.ApiCaller;

/** Aliases of a user (R1): further addresses of his domain that deliver to his mailbox. */
@Path("v1/domains/{domain}/users/{localPart}/aliases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class AliasesResource {

  /** The body of POST: the new alias's mailbox name, such as {@code sales}. */
  public record AliasRequest(String alias) {}

  @Inject AliasService aliases;
  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  @PathParam("domain")
  String domain;

  @PathParam("localPart")
  String localPart;

  @GET
  @Operation(summary = "The user's aliases, as full addresses")
  @APIResponse(responseCode = "404", description = "No such user")
  public List<String> list() {
    return aliases.list(ApiCaller.of(request), domain, localPart);
  }

  @POST
  @Operation(summary = "Add an alias")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid name or too many aliases")
  @APIResponse(responseCode = "409", description = "The address is taken by a user or an alias")
  public Response add(AliasRequest body) {
    AliasRequest alias = ApiCaller.required(body);
    String created = aliases.add(ApiCaller.of(request), domain, localPart, alias.alias());
    String name = created.substring(0, created.lastIndexOf('@'));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(name).build())
        .entity(List.of(created))
        .build();
  }

  @DELETE
  @Path("{alias}")
  @Operation(summary = "Remove an alias")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such alias")
  public Response remove(@PathParam("alias") String alias) {
    aliases.remove(ApiCaller.of(request), domain, localPart, alias);
    return Response.noContent().build();
  }
}
