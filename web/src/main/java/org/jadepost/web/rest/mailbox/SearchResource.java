package org.jadepost.web.rest.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.mailbox.boundary.SearchService;
import org.jadepost.mailbox.entity.MailSearch;
import org.jadepost.mailbox.entity.SearchHit;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/** Full-text search of the signed-in user's own mail (D8). */
@Path("v1/mailbox/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class SearchResource {

  @Inject SearchService search;
  @Context HttpServletRequest request;

  @GET
  @Operation(
      summary =
          "The caller's messages matching every given criterion, newest first. Words match whole"
              + " words; Chinese matches anywhere.")
  @APIResponse(responseCode = "400", description = "No criterion, or a malformed date")
  @APIResponse(responseCode = "404", description = "No such folder of the caller's")
  public List<SearchHit> search(
      @QueryParam("q") String text,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("subject") String subject,
      @QueryParam("attachment") String attachment,
      @QueryParam("after") String after,
      @QueryParam("before") String before,
      @QueryParam("folder") Long folder,
      @QueryParam("tag") String tag,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    MailSearch criteria =
        new MailSearch(
            text, from, to, subject, attachment, instant(after), instant(before), folder, tag);
    return search.search(ApiCaller.of(request), criteria, limit);
  }

  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "search.date.invalid", "Not an ISO-8601 instant: " + value, value);
    }
  }
}
