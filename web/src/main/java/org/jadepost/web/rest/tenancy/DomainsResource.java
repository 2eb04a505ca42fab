package org.jadepost.web.rest.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import org.jadepost.tenancy.boundary.DomainService;
import org.jadepost.tenancy.entity.DomainSummary;
import org.jadepost.web.rest.platform.ApiCaller;

/** {@code /api/v1/domains}: hosted domains (FEATURES A1). */
@Path("v1/domains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Domains")
public class DomainsResource {

  @Inject DomainService domains;
  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  @POST
  @Operation(summary = "Create a domain (provider administrator)")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid name or settings")
  @APIResponse(responseCode = "403", description = "Not the provider administrator")
  @APIResponse(responseCode = "409", description = "The domain exists")
  public Response create(DomainRequest body) {
    DomainRequest domain = ApiCaller.required(body);
    DomainSummary created = domains.create(ApiCaller.of(request), domain.name(), domain.settings());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.name()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "List the domains the caller administers")
  public List<DomainSummary> list() {
    return domains.list(ApiCaller.of(request));
  }

  @GET
  @Path("{domain}")
  @Operation(summary = "One domain")
  @APIResponse(responseCode = "404", description = "No such domain")
  public DomainSummary get(@PathParam("domain") String domain) {
    return domains.get(ApiCaller.of(request), domain);
  }
}
