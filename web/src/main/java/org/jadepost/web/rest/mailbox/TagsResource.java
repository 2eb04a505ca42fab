package org.jadepost.web.rest.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.mailbox.boundary.TagService;
import org.jadepost.mailbox.entity.TagSummary;
import org.jadepost.mailbox.entity.TaggedMessage;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/** The signed-in user's tags (D7): up to 20, tagging messages, listing by tag. */
@Path("v1/mailbox/tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class TagsResource {

  @Inject TagService tagService;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The caller's tags with how many messages each marks")
  public List<TagSummary> tags() {
    return tagService.tags(ApiCaller.of(request));
  }

  @POST
  @Operation(summary = "Create a tag with a name and a colour (#rrggbb)")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Bad name or colour, or 20 tags reached")
  @APIResponse(responseCode = "409", description = "A tag of that name exists")
  public Response create(TagRequest body) {
    TagRequest wanted = ApiCaller.required(body);
    TagSummary created = tagService.create(ApiCaller.of(request), wanted.name(), wanted.colour());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("{tag}")
  @Operation(summary = "Change a tag's name and colour; tagged messages keep it")
  @APIResponse(responseCode = "404", description = "No such tag of the caller's")
  public TagSummary update(@PathParam("tag") long tag, TagRequest body) {
    TagRequest wanted = ApiCaller.required(body);
    return tagService.update(ApiCaller.of(request), tag, wanted.name(), wanted.colour());
  }

  @DELETE
  @Path("{tag}")
  @Operation(summary = "Delete a tag; it comes off every message")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such tag of the caller's")
  public void delete(@PathParam("tag") long tag) {
    tagService.delete(ApiCaller.of(request), tag);
  }

  @GET
  @Path("{tag}/messages")
  @Operation(summary = "The newest messages (up to 200) carrying the tag, in any folder")
  @APIResponse(responseCode = "404", description = "No such tag of the caller's")
  public List<TaggedMessage> messages(@PathParam("tag") long tag) {
    return tagService.messages(ApiCaller.of(request), tag);
  }

  @POST
  @Path("{tag}/messages")
  @Operation(summary = "Tag messages {folderId, uids}; returns how many were tagged")
  @APIResponse(responseCode = "404", description = "No such tag or folder of the caller's")
  public Map<String, Integer> tag(@PathParam("tag") long tag, TaggingRequest body) {
    TaggingRequest wanted = ApiCaller.required(body);
    int changed = tagService.tag(ApiCaller.of(request), tag, wanted.folderId(), wanted.uidList());
    return Map.of("tagged", changed);
  }

  @POST
  @Path("{tag}/messages/remove")
  @Operation(summary = "Untag messages {folderId, uids}; returns how many were untagged")
  @APIResponse(responseCode = "404", description = "No such tag or folder of the caller's")
  public Map<String, Integer> untag(@PathParam("tag") long tag, TaggingRequest body) {
    TaggingRequest wanted = ApiCaller.required(body);
    int changed = tagService.untag(ApiCaller.of(request), tag, wanted.folderId(), wanted.uidList());
    return Map.of("untagged", changed);
  }
}
