package org.jadepost.web.rest.mailbox;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.mailbox.boundary.WebmailSettingsService;
import org.jadepost.mailbox.entity.WebmailPreferences;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/**
 * The signed-in user's webmail settings (L1 basic, L2 display), beside the POP settings of {@code
 * /api/v1/mailbox/settings}.
 */
@Path("v1/mailbox/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class PreferencesResource {

  @Inject WebmailSettingsService settings;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The caller's webmail settings")
  public WebmailPreferences get() {
    return settings.get(ApiCaller.of(request));
  }

  @PUT
  @Operation(summary = "Change the caller's webmail settings; absent values stay as they are")
  @APIResponse(responseCode = "400", description = "A value that is not allowed")
  public WebmailPreferences update(WebmailPreferences body) {
    return settings.update(ApiCaller.of(request), ApiCaller.required(body));
  }
}
