package org.jadepost.web.webmail.read;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.MailReader;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.SignedIn;
import org.jadepost.web.webmail.folders.UnlockedFolders;

/**
 * The base of the servlets that serve parts of one message of the signed-in user (body frame,
 * attachments, inline images, source). A missing, malformed or foreign message id is a plain 404,
 * indistinguishable from a message that does not exist, and so is a message of a folder with a
 * password this session has not given (N1). Nothing is cached by shared caches.
 */
abstract class MessageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient MailReader reader;
  @Inject transient UnlockedFolders unlocked;

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var actor = SignedIn.actor(request);
    var address = MessageAddress.of(request);
    if (actor.isEmpty() || address.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "private, no-store");
    try {
      if (!unlocked.mayOpen(actor.get(), address.get().folderId())) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      serve(actor.get(), address.get(), request, response);
    } catch (BusinessException e) {
      response.reset();
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /** Serves {@code message} of {@code actor}. */
  abstract void serve(
      Actor actor, MessageAddress message, HttpServletRequest request, HttpServletResponse response)
      throws IOException;
}
