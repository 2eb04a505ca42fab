package org.jadepost.adapter.imap.process;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.imap.request.AuthenticateRequest;
import org.jadepost.adapter.imap.response.ImapResponse.ContinuationResponse;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.ImapSession;

/**
 * AUTHENTICATE PLAIN (RFC 3501 §6.2.2, RFC 4616, SASL-IR RFC 4959). Without an initial response the
 * session waits for the client's line; {@link #respond} finishes the exchange.
 */
public final class AuthenticateProcessor implements ImapProcessor<AuthenticateRequest> {

  @Override
  public StatusResponse process(AuthenticateRequest request, ImapSession session)
      throws ImapException {
    if (!request.mechanism().equals("PLAIN")) {
      return StatusResponse.tagged(request.tag(), Status.NO, ReplyText.MECHANISM.text());
    }
    if (!session.plainLoginAllowed()) {
      return StatusResponse.tagged(request.tag(), Status.NO, ReplyText.LOGIN_DISABLED.text())
          .withCode("PRIVACYREQUIRED");
    }
    if (request.initialResponse().isEmpty()) {
      session.authTag(request.tag());
      session.send(new ContinuationResponse(""));
      return null;
    }
    return respond(request, session, request.initialResponse().get());
  }

  /** Checks the client's base64 PLAIN response. */
  public static StatusResponse respond(
      AuthenticateRequest request, ImapSession session, String response) throws ImapException {
    session.authTag(null);
    if (response.equals("*")) {
      return StatusResponse.tagged(request.tag(), Status.BAD, ReplyText.AUTH_CANCELLED.text());
    }
    String[] parts;
    try {
      parts =
          new String(Base64.getDecoder().decode(response), StandardCharsets.UTF_8).split("\0", -1);
    } catch (IllegalArgumentException e) {
      return StatusResponse.tagged(request.tag(), Status.BAD, ReplyText.SYNTAX.text());
    }
    if (parts.length != 3 || (!parts[0].isEmpty() && !parts[0].equals(parts[1]))) {
      return StatusResponse.tagged(request.tag(), Status.NO, ReplyText.AUTHENTICATION_FAILED.text())
          .withCode("AUTHENTICATIONFAILED");
    }
    return LoginProcessor.login(request, session, parts[1], parts[2]);
  }
}
