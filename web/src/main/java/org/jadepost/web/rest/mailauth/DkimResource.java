package org.jadepost.web.rest.mailauth;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.mailauth.boundary.DkimService;
import org.jadepost.mailauth.entity.DkimRecord;
import org.jadepost.web.rest.platform.ApiCaller;

/** {@code /api/v1/domains/{domain}/dkim}: the DKIM TXT record to publish, and key rotation. */
@Path("v1/domains/{domain}/dkim")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Domains")
public class DkimResource {

  @Inject DkimService dkim;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The DKIM selector and the DNS TXT record to publish for it")
  @APIResponse(responseCode = "403", description = "Not an administrator of the domain")
  @APIResponse(responseCode = "404", description = "No such domain")
  public DkimRecord get(@PathParam("domain") String domain) {
    return dkim.record(ApiCaller.of(request), domain);
  }

  @POST
  @Path("rotation")
  @Operation(summary = "Replace the DKIM key; publish the returned record at once")
  @APIResponse(responseCode = "403", description = "Not an administrator of the domain")
  @APIResponse(responseCode = "404", description = "No such domain")
  public DkimRecord rotate(@PathParam("domain") String domain) {
    return dkim.rotate(ApiCaller.of(request), domain);
  }
}
