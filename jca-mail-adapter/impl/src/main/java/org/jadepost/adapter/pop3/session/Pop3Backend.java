package org.jadepost.adapter.pop3.session;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.pop3.Pop3AuthFailure;
import org.jadepost.adapter.api.pop3.Pop3AuthResult;
import org.jadepost.adapter.api.pop3.Pop3Listener;
import org.jadepost.adapter.api.pop3.Pop3Maildrop;
import org.jadepost.adapter.api.pop3.Pop3Update;
import org.jadepost.adapter.endpoint.EndpointCallException;
import org.jadepost.adapter.endpoint.EndpointInvoker;

/**
 * Calls the {@link Pop3Listener} MDB, one fresh endpoint per call. Failures (no endpoint, an
 * exception, null) come back as an empty result or {@link Pop3AuthFailure#TEMPORARY}, which the
 * handlers answer with {@code -ERR [SYS/TEMP]}; no stack trace reaches the client.
 */
public final class Pop3Backend {

  private static final Method AUTHENTICATE =
      EndpointInvoker.method(
          Pop3Listener.class, "authenticate", ConnectionInfo.class, String.class, String.class);
  private static final Method OPEN_MAILDROP =
      EndpointInvoker.method(
          Pop3Listener.class, "openMaildrop", ConnectionInfo.class, String.class);
  private static final Method OPEN_MESSAGE =
      EndpointInvoker.method(
          Pop3Listener.class, "openMessage", ConnectionInfo.class, String.class, String.class);
  private static final Method COMMIT =
      EndpointInvoker.method(
          Pop3Listener.class, "commitDeletions", ConnectionInfo.class, String.class, List.class);

  private final EndpointInvoker<Pop3Listener> endpoints;

  /** A backend calling endpoints of {@code factory}. */
  public Pop3Backend(MessageEndpointFactory factory) {
    this.endpoints = new EndpointInvoker<>(factory, Pop3Listener.class);
  }

  /** See {@link Pop3Listener#authenticate}. */
  public Pop3AuthResult authenticate(ConnectionInfo connection, String user, String password) {
    try {
      Pop3AuthResult result =
          endpoints.invoke(AUTHENTICATE, l -> l.authenticate(connection, user, password));
      return result != null ? result : Pop3AuthResult.failure(Pop3AuthFailure.TEMPORARY);
    } catch (EndpointCallException e) {
      return Pop3AuthResult.failure(Pop3AuthFailure.TEMPORARY);
    }
  }

  /** See {@link Pop3Listener#openMaildrop}; empty if the call failed. */
  public Optional<Pop3Maildrop> openMaildrop(ConnectionInfo connection, String identity) {
    try {
      return Optional.ofNullable(
          endpoints.invoke(OPEN_MAILDROP, l -> l.openMaildrop(connection, identity)));
    } catch (EndpointCallException e) {
      return Optional.empty();
    }
  }

  /**
   * See {@link Pop3Listener#openMessage}.
   *
   * @throws EndpointCallException if the call failed, as opposed to a message that is gone
   */
  public Optional<InputStream> openMessage(
      ConnectionInfo connection, String identity, String uniqueId) throws EndpointCallException {
    Optional<InputStream> stream =
        endpoints.invoke(OPEN_MESSAGE, l -> l.openMessage(connection, identity, uniqueId));
    return stream != null ? stream : Optional.empty();
  }

  /** See {@link Pop3Listener#commitDeletions}; empty if the call failed. */
  public Optional<Pop3Update> commitDeletions(
      ConnectionInfo connection, String identity, List<String> uniqueIds) {
    try {
      return Optional.ofNullable(
          endpoints.invoke(COMMIT, l -> l.commitDeletions(connection, identity, uniqueIds)));
    } catch (EndpointCallException e) {
      return Optional.empty();
    }
  }
}
