package org.jadepost.adapter.api.imap;

import java.io.Serializable;
import java.util.Objects;
import org.jadepost.adapter.api.ConnectionInfo;

/**
 * Who makes an IMAP call and over which connection. Every {@link ImapListener} method after login
 * receives one, because the listener keeps no session: the adapter does.
 *
 * @param identity the canonical identity {@link ImapListener#login} returned, for example {@code
 *     alice@example.org}; the application must scope every lookup to this account
 * @param connection the client connection, for logs and the login log
 */
public record ImapCaller(String identity, ConnectionInfo connection) implements Serializable {

  /** Checks that both are present. */
  public ImapCaller {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(connection, "connection");
  }
}
