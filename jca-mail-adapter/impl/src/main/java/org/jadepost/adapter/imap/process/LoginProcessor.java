package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.LoginRequest;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.ImapSession;

/**
 * LOGIN (RFC 3501 §6.2.3): refused with {@code [PRIVACYREQUIRED]} on a clear connection that is not
 * loopback (LOGINDISABLED), otherwise checked by the listener.
 */
public final class LoginProcessor implements ImapProcessor<LoginRequest> {

  @Override
  public StatusResponse process(LoginRequest request, ImapSession session) throws ImapException {
    return login(request, session, request.user(), request.password());
  }

  /** Checks credentials for LOGIN and AUTHENTICATE PLAIN. */
  static StatusResponse login(
      ImapRequest request, ImapSession session, String user, String password) throws ImapException {
    if (!session.plainLoginAllowed()) {
      return StatusResponse.tagged(request.tag(), Status.NO, ReplyText.LOGIN_DISABLED.text())
          .withCode("PRIVACYREQUIRED");
    }
    String identity =
        session
            .backend()
            .call("login", 3, l -> l.login(session.connection().info(), user, password));
    session.login(identity);
    return Done.ok(request, Capabilities.code(session));
  }
}
