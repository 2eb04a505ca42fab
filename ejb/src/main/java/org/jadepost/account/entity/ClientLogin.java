package org.jadepost.account.entity;

import java.util.Objects;

/**
 * One login attempt as a listener or the web received it.
 *
 * @param protocol where it came from
 * @param remoteAddress the client's IP address as text, {@code null} when unknown
 * @param login the login as typed
 * @param secret the password or authorization code as typed
 */
public record ClientLogin(
    ClientProtocol protocol, String remoteAddress, String login, String secret) {

  public ClientLogin {
    Objects.requireNonNull(protocol, "protocol");
  }

  @Override
  public String toString() {
    return "ClientLogin[" + protocol + ", " + remoteAddress + ", " + login + "]";
  }
}
