package org.jadepost.web.rest.mailbox;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.mailbox.boundary.TrashService;
import org.jadepost.mailbox.entity.DeletedSummary;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/** Emptying Deleted and Spam (D4) and restoring emptied mail of the last 14 days (K3). */
@Path("v1/mailbox/deleted")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class DeletedMailResource {

  @Inject TrashService trash;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "Mail emptied from Deleted or Spam in the last 14 days, newest first")
  public List<DeletedSummary> restorable() {
    return trash.restorable(ApiCaller.of(request));
  }

  @POST
  @Path("empty/{folder}")
  @Operation(summary = "Empty Deleted (TRASH) or Spam (JUNK); the mail stays restorable 14 days")
  @APIResponse(responseCode = "400", description = "Not TRASH or JUNK")
  public Map<String, Integer> empty(@PathParam("folder") String folder) {
    return Map.of("emptied", trash.empty(ApiCaller.of(request), use(folder)));
  }

  @POST
  @Path("restore")
  @Operation(summary = "Restore emptied mail {ids, folderId} into a folder, with new UIDs")
  @APIResponse(responseCode = "404", description = "No such restorable mail or folder")
  public Map<String, Integer> restore(RestoreRequest body) {
    RestoreRequest wanted = ApiCaller.required(body);
    return Map.of(
        "restored", trash.restore(ApiCaller.of(request), wanted.idList(), wanted.folderId()));
  }

  private static SpecialUse use(String folder) {
    try {
      return SpecialUse.valueOf(folder.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "folder.empty.invalid", "Only TRASH and JUNK can be emptied: " + folder, folder);
    }
  }
}
