package org.jadepost.web.rest.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.batch.deletedmailpurge.DeletedMailPurgeScheduler;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.web.rest.platform.ApiCaller;

/**
 * The provider administrator starts DeletedMailPurgeJob (K3) on demand and follows it; it also runs
 * every night.
 */
@Path("v1/jobs/deleted-mail-purge")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class PurgeJobResource {

  @Inject DeletedMailPurgeScheduler scheduler;
  @Context HttpServletRequest request;

  @POST
  @Operation(summary = "Start the purge of mail emptied more than 14 days ago")
  @APIResponse(responseCode = "202", description = "Started; the body has the execution id")
  @APIResponse(responseCode = "403", description = "Not the provider administrator")
  public Response start() {
    requireProviderAdmin();
    long execution = scheduler.start();
    return Response.accepted(Map.of("executionId", execution)).build();
  }

  @GET
  @Path("{execution}")
  @Operation(
      summary =
          "A run's batch status, whether it has ended (then its exit status is final) and, once"
              + " completed, how many entries it purged")
  @APIResponse(responseCode = "403", description = "Not the provider administrator")
  public Map<String, Object> status(@PathParam("execution") long execution) {
    requireProviderAdmin();
    boolean ended = scheduler.ended(execution);
    String exit = scheduler.exitStatus(execution);
    return Map.of(
        "status",
        scheduler.status(execution),
        "ended",
        ended,
        "exitStatus",
        exit == null ? "" : exit);
  }

  private void requireProviderAdmin() {
    if (!ApiCaller.of(request).isProviderAdmin()) {
      throw new ForbiddenException("jobs.admin.only", "Only the provider administrator runs jobs");
    }
  }
}
