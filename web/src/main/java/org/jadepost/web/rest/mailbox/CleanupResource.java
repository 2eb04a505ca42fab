package org.jadepost.web.rest.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.mailbox.boundary.CleanupService;
import org.jadepost.mailbox.entity.CleanupQuery;
import org.jadepost.mailbox.entity.MessageRef;
import org.jadepost.mailbox.entity.TaggedMessage;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/** Mailbox cleanup (K1): scan folders by date, size and subject; delete up to 200 at once. */
@Path("v1/mailbox/cleanup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class CleanupResource {

  @Inject CleanupService cleanup;
  @Context HttpServletRequest request;

  @POST
  @Path("scan")
  @Operation(summary = "Messages of the chosen folders by date range, size range and subject")
  @APIResponse(responseCode = "400", description = "No folder chosen")
  @APIResponse(responseCode = "404", description = "A folder that is not the caller's")
  public List<TaggedMessage> scan(CleanupQuery body) {
    return cleanup.scan(ApiCaller.of(request), ApiCaller.required(body));
  }

  @POST
  @Path("delete")
  @Operation(summary = "Move up to 200 messages [{folderId, uid}] to Deleted")
  @APIResponse(responseCode = "400", description = "More than 200 messages")
  public Map<String, Integer> delete(List<MessageRef> body) {
    return Map.of("deleted", cleanup.delete(ApiCaller.of(request), ApiCaller.required(body)));
  }
}
