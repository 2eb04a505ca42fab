package org.jadepost.web.rest.account;

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
import org.jadepost.mailbox.boundary.FolderLockService;
import org.jadepost.mailbox.entity.UnlockAttemptSummary;
import org.jadepost.web.rest.platform.ApiCaller;

/**
 * The attempts to open a user's password-protected folders (N1), newest first, for the
 * administrators of his domain: right and wrong passwords, the wrong one that locked a folder, and
 * the tries refused during a lock.
 */
@Path("v1/domains/{domain}/users/{localPart}/folder-unlock-attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class FolderUnlockLogResource {

  @Inject FolderLockService folderLocks;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "Attempts to open the user's protected folders, newest first")
  @APIResponse(responseCode = "403", description = "Not an administrator of that domain")
  @APIResponse(responseCode = "404", description = "No such user")
  public List<UnlockAttemptSummary> list(
      @PathParam("domain") String domain, @PathParam("localPart") String localPart) {
    return folderLocks.attemptsOf(ApiCaller.of(request), domain, localPart);
  }
}
