package org.jadepost.web.rest.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.mailbox.boundary.FolderService;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MessagePage;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/**
 * The signed-in user's own mailbox: folders (and organising them, D6), pages of messages, a
 * message's raw bytes.
 */
@Path("v1/mailbox/folders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class MailboxResource {

  @Inject MailboxService mailbox;
  @Inject FolderService folderService;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The caller's folders with message and unread counts")
  public List<FolderSummary> folders() {
    return mailbox.folders(ApiCaller.of(request));
  }

  @GET
  @Path("{folder}/messages")
  @Operation(summary = "One page of a folder, newest first; pass nextCursor to get the next")
  @APIResponse(responseCode = "404", description = "No such folder of the caller's")
  public MessagePage messages(
      @PathParam("folder") long folder,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return mailbox.list(ApiCaller.of(request), folder, cursor, limit);
  }

  @GET
  @Path("{folder}/messages/{uid}/raw")
  @Produces("message/rfc822")
  @Operation(summary = "The message exactly as stored (RFC 5322)")
  @APIResponse(responseCode = "404", description = "No such message")
  public StreamingOutput raw(@PathParam("folder") long folder, @PathParam("uid") long uid) {
    InputStream in = mailbox.raw(ApiCaller.of(request), folder, uid);
    return out -> {
      try (in) {
        in.transferTo(out);
      }
    };
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a folder at the top level or under parentId (D6)")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Bad name, 300 folders or 6 levels reached")
  @APIResponse(responseCode = "409", description = "A folder of that name exists there")
  public Response create(FolderRequest body) {
    FolderRequest wanted = ApiCaller.required(body);
    FolderSummary created =
        folderService.create(ApiCaller.of(request), wanted.parentId(), wanted.name());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("{folder}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rename a custom folder and put it under parentId (absent: top level)")
  @APIResponse(responseCode = "403", description = "A system folder")
  @APIResponse(responseCode = "404", description = "No such folder of the caller's")
  public FolderSummary update(@PathParam("folder") long folder, FolderRequest body) {
    FolderRequest change = ApiCaller.required(body);
    return folderService.update(ApiCaller.of(request), folder, change.parentId(), change.name());
  }

  @DELETE
  @Path("{folder}")
  @Operation(summary = "Delete a custom folder and its subfolders; their mail moves to Deleted")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "403", description = "A system folder")
  @APIResponse(responseCode = "404", description = "No such folder of the caller's")
  public void delete(@PathParam("folder") long folder) {
    folderService.delete(ApiCaller.of(request), folder);
  }
}
