package org.jadepost.adapter.net;

/**
 * The protocol side of one client connection. The adapter creates one handler per connection, so a
 * handler may keep the protocol state of its session.
 *
 * <p>Every method runs on a WorkManager thread, never on a Netty event loop, because it may call
 * MDBs that block. Calls for one connection are strictly sequential: the next frame is read only
 * after the previous call returned and its reply was written. A handler replies through the {@link
 * ClientConnection}; an exception it throws closes the connection without a reply.
 */
public interface ProtocolHandler {

  /** The client connected (and, for implicit TLS, finished the handshake): send the greeting. */
  void onConnect(ClientConnection connection);

  /**
   * The client's address already holds the listener's maximum of connections: send the protocol's
   * "busy" reply and close. The default just closes.
   */
  default void onTooManyConnections(ClientConnection connection) {
    connection.closeAfterReply();
  }

  /** The client sent a line, an over-long line, or a literal the handler asked for. */
  void onFrame(ClientConnection connection, InboundFrame frame);

  /** The client stayed silent too long: send the goodbye and close the connection. */
  void onIdleTimeout(ClientConnection connection);

  /** The connection is gone; release session resources. Nothing can be written any more. */
  default void onDisconnect(ClientConnection connection) {}
}
