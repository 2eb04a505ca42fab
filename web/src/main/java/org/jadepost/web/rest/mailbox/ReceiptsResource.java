package org.jadepost.web.rest.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.delivery.boundary.ReadReceiptService;
import org.jadepost.delivery.entity.ReceiptShown;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/**
 * The read receipts received for a message the caller sent (C5, sender side): what the reading pane
 * shows as "displayed by ... at ...".
 */
@Path("v1/mailbox/folders/{folder}/messages/{uid}/receipts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class ReceiptsResource {

  @Inject ReadReceiptService receipts;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "Receipts {reporter, disposition, at} for a message, oldest first")
  @APIResponse(responseCode = "200", description = "The receipts; empty when none came")
  @APIResponse(responseCode = "404", description = "No such folder or message of the caller's")
  public List<ReceiptShown> receipts(@PathParam("folder") long folder, @PathParam("uid") long uid) {
    return receipts.received(ApiCaller.of(request), folder, uid);
  }
}
