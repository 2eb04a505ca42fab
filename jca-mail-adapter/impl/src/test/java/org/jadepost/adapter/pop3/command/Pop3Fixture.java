package org.jadepost.adapter.pop3.command;

import io.netty.handler.ssl.SslContext;
import java.nio.charset.StandardCharsets;
import org.jadepost.adapter.net.EmbeddedConnection;
import org.jadepost.adapter.pop3.Pop3Configuration;
import org.jadepost.adapter.pop3.session.Pop3Backend;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.testing.Pop3Endpoints;

/**
 * One POP3 session on an embedded connection, backed by {@link
 * org.jadepost.adapter.testing.InMemoryPop3Listener}, for byte-exact handler tests: {@link #run}
 * handles one command and returns exactly the bytes the session wrote.
 */
final class Pop3Fixture {

  final Pop3Endpoints endpoints = new Pop3Endpoints();
  final EmbeddedConnection embedded;
  final Pop3Session session;

  /** A session where logins are allowed (as on loopback or TLS). */
  Pop3Fixture() {
    this(true, null);
  }

  Pop3Fixture(boolean loginAllowed, SslContext startTls) {
    embedded = new EmbeddedConnection(startTls);
    Pop3Configuration configuration =
        Pop3Configuration.builder()
            .hostName("mail.test")
            .allowPlainAuthWithoutTls(loginAllowed)
            .build();
    session = new Pop3Session(embedded.connection(), configuration, new Pop3Backend(endpoints));
  }

  /** The same fixture logged in as alice, her three messages in the maildrop. */
  Pop3Fixture loggedIn() {
    Login.complete(session, "alice", "secret");
    return this;
  }

  /** Handles {@code arguments} with {@code handler}, sends the reply and returns its bytes. */
  String run(Pop3CmdHandler handler, String arguments) {
    Pop3Response response = handler.handle(session, arguments);
    session.send(response);
    return new String(embedded.output(), StandardCharsets.UTF_8);
  }
}
