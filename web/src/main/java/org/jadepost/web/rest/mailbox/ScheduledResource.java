package org.jadepost.web.rest.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.boundary.ComposeService;
import org.jadepost.compose.boundary.ScheduledMailService;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.LocalizedError;
import org.jadepost.web.rest.platform.UsersAllowed;

/**
 * Scheduled send over REST (C4) with the webmail's rules: the message is checked as a send now
 * would check it, waits on the server (across restarts) and leaves at its time through the
 * submission path; until then it can be listed and cancelled. Errors carry the webmail's message in
 * the caller's language ({@code Accept-Language}).
 */
@Path("v1/mailbox/scheduled")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class ScheduledResource {

  @Inject ScheduledMailService scheduled;
  @Inject ComposeService compose;
  @Context HttpServletRequest request;

  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
  String language;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Schedule {message, sendAt (ISO-8601 with offset), timeZone}")
  @APIResponse(responseCode = "201", description = "Scheduled: the item as the list shows it")
  @APIResponse(responseCode = "400", description = "Past, malformed or far time; bad message")
  public Response schedule(ScheduleRequest body) {
    Actor actor = ApiCaller.of(request);
    long id =
        LocalizedError.call(
            language,
            () -> {
              ScheduleRequest wanted = ApiCaller.required(body);
              OutgoingMessage message = ApiCaller.required(wanted.message());
              ZoneId zone = wanted.zone();
              OffsetDateTime at = wanted.moment();
              return scheduled.schedule(
                  actor,
                  message.toDraft(() -> compose.blank(actor).from()),
                  at.atZoneSameInstant(zone).toLocalDateTime(),
                  zone.getId());
            });
    // As stored (and as the list shows it); gone from the list only if it left already.
    Object item = list().stream().filter(s -> s.id() == id).findFirst().orElse(null);
    return Response.created(URI.create("v1/mailbox/scheduled/" + id))
        .entity(item != null ? item : Map.of("id", id))
        .build();
  }

  @GET
  @Operation(summary = "The caller's scheduled messages not yet sent, soonest first")
  public List<ScheduledItem> list() {
    return LocalizedError.call(
        language,
        () -> scheduled.list(ApiCaller.of(request)).stream().map(ScheduledItem::of).toList());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Cancel a scheduled message: it never leaves")
  @APIResponse(responseCode = "204", description = "Cancelled")
  @APIResponse(responseCode = "404", description = "No such scheduled message of the caller's")
  @APIResponse(responseCode = "409", description = "Already sent")
  public void cancel(@PathParam("id") long id) {
    LocalizedError.call(
        language,
        () -> {
          scheduled.cancel(ApiCaller.of(request), id);
          return id;
        });
  }
}
