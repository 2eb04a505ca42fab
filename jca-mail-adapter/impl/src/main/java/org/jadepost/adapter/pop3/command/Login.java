package org.jadepost.adapter.pop3.command;

import java.util.Optional;
import org.jadepost.adapter.api.pop3.Pop3AuthResult;
import org.jadepost.adapter.api.pop3.Pop3Maildrop;
import org.jadepost.adapter.pop3.session.Maildrop;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;

/**
 * The end of a login, shared by PASS and AUTH PLAIN: checks the credentials through the listener,
 * opens the maildrop snapshot and enters TRANSACTION (RFC 1939 §4). On any failure the session
 * stays in AUTHORIZATION and the client may try again.
 */
final class Login {

  private Login() {}

  static Pop3Response complete(Pop3Session session, String user, String password) {
    session.user(null);
    Pop3AuthResult result = session.backend().authenticate(session.info(), user, password);
    if (!result.succeeded()) {
      return switch (result.failure()) {
        case CREDENTIALS -> Replies.AUTH_FAILED;
        case LOCKED -> Replies.LOCKED;
        case TEMPORARY -> Replies.TEMPORARY_FAILURE;
      };
    }
    Optional<Pop3Maildrop> snapshot =
        session.backend().openMaildrop(session.info(), result.identity());
    if (snapshot.isEmpty()) {
      return Replies.TEMPORARY_FAILURE;
    }
    Maildrop maildrop = new Maildrop(snapshot.get());
    session.enterTransaction(result.identity(), maildrop);
    return Pop3Response.ok("Logged in, " + maildrop.summary());
  }
}
