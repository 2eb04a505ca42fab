package org.jadepost.adapter.api.pop3;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.jadepost.adapter.api.ConnectionInfo;

/**
 * The POP3 server's questions to the application (RFC 1939). The adapter parses commands, keeps the
 * session and its deletion marks, and streams messages to the client; it calls this listener once
 * per step that needs business data. Every call goes to a fresh MDB endpoint, so an implementation
 * keeps no state: {@code identity} is what {@link #authenticate} returned for the session, and
 * every later call is confined to that user's maildrop.
 *
 * <p>An exception thrown by any method becomes {@code -ERR [SYS/TEMP]} and never reaches the client
 * as a stack trace.
 */
public interface Pop3Listener {

  /**
   * Checks the credentials of USER/PASS (RFC 1939 §7) or AUTH PLAIN (RFC 5034). The adapter has
   * already decoded them and made sure the connection is protected or allowed in clear (RFC 2595).
   */
  Pop3AuthResult authenticate(ConnectionInfo connection, String user, String password);

  /**
   * The maildrop as the session will see it until QUIT (RFC 1939 §5): its messages in a fixed
   * order, each with a unique id that never changes (UIDL, §7) and its size in octets.
   */
  Pop3Maildrop openMaildrop(ConnectionInfo connection, String identity);

  /**
   * The raw RFC 5322 bytes of the message {@code uniqueId} of the user's maildrop, exactly as
   * stored, for RETR and TOP; empty when it was removed meanwhile (by another session or client).
   * The adapter reads the stream to the end (or as far as TOP needs) and closes it.
   */
  Optional<InputStream> openMessage(ConnectionInfo connection, String identity, String uniqueId);

  /**
   * The UPDATE state (RFC 1939 §6): removes the messages the client marked with DELE before QUIT.
   * Ids that are gone already are ignored. Throwing tells the client that some messages were not
   * removed.
   *
   * @return what was done with the marked messages
   */
  Pop3Update commitDeletions(ConnectionInfo connection, String identity, List<String> uniqueIds);
}
