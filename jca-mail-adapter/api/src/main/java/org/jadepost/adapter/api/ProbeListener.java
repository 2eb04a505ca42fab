package org.jadepost.adapter.api;

/**
 * A one-line-per-request diagnostic protocol. It proves the whole path from a socket through the
 * adapter to an MDB and an EJB, and lets operators check a listener without a mail client. The
 * adapter calls a fresh endpoint for every line.
 */
public interface ProbeListener {

  /** The greeting line sent when a client connects, without line terminator. */
  String greet(ConnectionInfo connection);

  /**
   * The reply to one request line (without terminator). A reply starting with {@code BYE} closes
   * the connection after it is written.
   */
  String reply(ConnectionInfo connection, String line);
}
