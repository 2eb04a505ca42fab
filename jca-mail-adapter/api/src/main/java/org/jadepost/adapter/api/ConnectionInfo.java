package org.jadepost.adapter.api;

import java.io.Serializable;
import java.net.InetSocketAddress;

/**
 * What a listener knows about the client connection a command arrived on.
 *
 * @param connectionId unique id of the connection for logs
 * @param listenerName the activation's listener name, for example {@code smtp} or {@code imaps}
 * @param remote the client's address
 * @param local the server address the client connected to
 * @param secure whether the connection is protected by TLS at this moment
 */
public record ConnectionInfo(
    String connectionId,
    String listenerName,
    InetSocketAddress remote,
    InetSocketAddress local,
    boolean secure)
    implements Serializable {

  /** The client's IP address as text, for logs and per-address limits; null when unknown. */
  public String remoteAddress() {
    return remote == null || remote.getAddress() == null
        ? null
        : remote.getAddress().getHostAddress();
  }
}
