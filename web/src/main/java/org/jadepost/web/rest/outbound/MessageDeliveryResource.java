package org.jadepost.web.rest.outbound;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.outbound.boundary.DeliveryStatusService;
import org.jadepost.outbound.entity.DeliveryReport;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/** {@code /api/v1/messages/{acceptId}/delivery}: where the caller's sent message went (O3). */
@Path("v1/messages/{acceptId}/delivery")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery status")
@UsersAllowed
public class MessageDeliveryResource {

  @Inject DeliveryStatusService statuses;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "Delivery status of one of the caller's sent messages, per recipient")
  @APIResponse(responseCode = "200", description = "Status per recipient")
  @APIResponse(responseCode = "404", description = "No such message sent by the caller")
  public DeliveryReport get(@PathParam("acceptId") String acceptId) {
    return statuses.report(ApiCaller.of(request), acceptId);
  }
}
