package org.jadepost.web.rest.drive;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.batch.transferpurge.TransferPurgeScheduler;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.web.rest.platform.ApiCaller;

/**
 * The provider administrator starts TransferPurgeJob (D5) on demand; it also runs every night. A
 * run is followed at {@code /api/v1/jobs/deleted-mail-purge/<execution>}, which reports any job.
 */
@Path("v1/jobs/transfer-purge")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class TransferPurgeJobResource {

  @Inject TransferPurgeScheduler scheduler;
  @Context HttpServletRequest request;

  @POST
  @Operation(summary = "Start the removal of transfer-station files older than 15 days")
  @APIResponse(responseCode = "202", description = "Started; the body has the execution id")
  @APIResponse(responseCode = "403", description = "Not the provider administrator")
  public Response start() {
    if (!ApiCaller.of(request).isProviderAdmin()) {
      throw new ForbiddenException("jobs.admin.only", "Only the provider administrator runs jobs");
    }
    return Response.accepted(Map.of("executionId", scheduler.start())).build();
  }
}
