package org.jadepost.web.rest.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.boundary.ComposeService;
import org.jadepost.compose.boundary.SignatureService;
import org.jadepost.compose.boundary.TemplateService;
import org.jadepost.compose.entity.Draft;
import org.jadepost.compose.entity.Signature;
import org.jadepost.compose.entity.Template;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/**
 * Writing mail over REST (C1-C8) with the webmail's rules: send now, keep a draft in Drafts, and
 * read the signatures and templates the compose screen offers.
 */
@Path("v1/mailbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class ComposeResource {

  @Inject ComposeService compose;
  @Inject SignatureService signatures;
  @Inject TemplateService templates;
  @Context HttpServletRequest request;

  @POST
  @Path("outbox")
  @Operation(summary = "Send a message through the submission rules (From must be the caller's)")
  @APIResponse(responseCode = "202", description = "Accepted: {\"queueId\": ...}")
  @APIResponse(responseCode = "400", description = "Bad address, no recipient, limit reached")
  public Response send(OutgoingMessage body) {
    Actor actor = ApiCaller.of(request);
    String id =
        compose.send(actor, draft(actor, ApiCaller.required(body)), request.getRemoteAddr());
    return Response.accepted(Map.of("queueId", id)).build();
  }

  @POST
  @Path("drafts")
  @Operation(summary = "Save a draft in Drafts (replacing draftUid when given); returns its UID")
  @APIResponse(responseCode = "201", description = "Saved: {\"uid\": ...}")
  public Response save(OutgoingMessage body) {
    Actor actor = ApiCaller.of(request);
    Draft saved = compose.save(actor, draft(actor, ApiCaller.required(body)));
    return Response.status(Response.Status.CREATED).entity(Map.of("uid", saved.draftUid())).build();
  }

  @DELETE
  @Path("drafts/{uid}")
  @Operation(summary = "Discard a draft")
  @APIResponse(responseCode = "204", description = "Discarded")
  @APIResponse(responseCode = "404", description = "No such draft of the caller's")
  public void discard(@PathParam("uid") long uid) {
    compose.discard(ApiCaller.of(request), uid);
  }

  @GET
  @Path("signatures")
  @Operation(summary = "The caller's signatures")
  public List<Signature> signatures() {
    return signatures.list(ApiCaller.of(request));
  }

  @GET
  @Path("templates")
  @Operation(summary = "Built-in templates (lang=zh for Chinese) and the caller's own")
  public List<Template> templates(@QueryParam("lang") String lang) {
    return templates.list(ApiCaller.of(request), "zh".equals(lang));
  }

  private Draft draft(Actor actor, OutgoingMessage m) {
    return m.toDraft(() -> compose.blank(actor).from());
  }
}
