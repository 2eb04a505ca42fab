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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.entity.MailboxSettings;
import org.jadepost.web.rest.platform.ApiCaller;
import org.jadepost.web.rest.platform.UsersAllowed;

/** The signed-in user's own mailbox settings, such as keeping client-sent mail in Sent (L5). */
@Path("v1/mailbox/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mailbox")
@UsersAllowed
public class MailboxSettingsResource {

  @Inject MailboxService mailbox;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "The caller's mailbox settings")
  public MailboxSettings get() {
    return mailbox.settings(ApiCaller.of(request));
  }

  @PUT
  @Operation(summary = "Change the caller's mailbox settings; absent values stay as they are")
  public MailboxSettings update(MailboxSettings body) {
    return mailbox.updateSettings(ApiCaller.of(request), ApiCaller.required(body));
  }
}
