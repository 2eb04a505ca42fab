package org.jadepost.web.rest.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MessagePage;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/** The signed-in user's own mailbox: folders, pages of messages, a message's raw bytes. */
@Path("v1/mailbox/folders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class MailboxResource {

  @Inject MailboxService mailbox;
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
}
