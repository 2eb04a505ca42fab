package org.jadepost.adapter.smtp.session;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.function.Function;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.SmtpAuthResult;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpListener;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.endpoint.EndpointCallException;
import org.jadepost.adapter.endpoint.EndpointInvoker;

/**
 * Calls the {@link SmtpListener} MDB, one fresh endpoint per call, and turns every failure (no
 * endpoint, exception, null) into {@link SmtpReply#LOCAL_ERROR} so no stack trace reaches the
 * client and the client retries later.
 */
public final class SmtpBackend {

  private static final Method GREET =
      EndpointInvoker.method(SmtpListener.class, "greet", ConnectionInfo.class);
  private static final Method AUTHENTICATE =
      EndpointInvoker.method(
          SmtpListener.class, "authenticate", ConnectionInfo.class, String.class, String.class);
  private static final Method MAIL_FROM =
      EndpointInvoker.method(
          SmtpListener.class, "mailFrom", ConnectionInfo.class, SmtpEnvelope.class);
  private static final Method RCPT_TO =
      EndpointInvoker.method(
          SmtpListener.class, "rcptTo", ConnectionInfo.class, SmtpEnvelope.class, String.class);
  private static final Method DELIVER =
      EndpointInvoker.method(
          SmtpListener.class, "deliver", ConnectionInfo.class, SmtpEnvelope.class, Path.class);

  private final EndpointInvoker<SmtpListener> endpoints;

  /** A backend calling endpoints of {@code factory}. */
  public SmtpBackend(MessageEndpointFactory factory) {
    this.endpoints = new EndpointInvoker<>(factory, SmtpListener.class);
  }

  /** See {@link SmtpListener#greet}. */
  public SmtpReply greet(ConnectionInfo connection) {
    return reply(GREET, l -> l.greet(connection));
  }

  /** See {@link SmtpListener#authenticate}. */
  public SmtpAuthResult authenticate(ConnectionInfo connection, String user, String password) {
    try {
      SmtpAuthResult result =
          endpoints.invoke(AUTHENTICATE, l -> l.authenticate(connection, user, password));
      return result != null ? result : SmtpAuthResult.failure(SmtpReply.LOCAL_ERROR);
    } catch (EndpointCallException e) {
      return SmtpAuthResult.failure(SmtpReply.LOCAL_ERROR);
    }
  }

  /** See {@link SmtpListener#mailFrom}. */
  public SmtpReply mailFrom(ConnectionInfo connection, SmtpEnvelope envelope) {
    return reply(MAIL_FROM, l -> l.mailFrom(connection, envelope));
  }

  /** See {@link SmtpListener#rcptTo}. */
  public SmtpReply rcptTo(ConnectionInfo connection, SmtpEnvelope envelope, String recipient) {
    return reply(RCPT_TO, l -> l.rcptTo(connection, envelope, recipient));
  }

  /**
   * See {@link SmtpListener#deliver}.
   *
   * @throws EndpointCallException if the call failed, so the caller deletes the spool file
   */
  public SmtpReply deliver(ConnectionInfo connection, SmtpEnvelope envelope, Path message)
      throws EndpointCallException {
    SmtpReply reply = endpoints.invoke(DELIVER, l -> l.deliver(connection, envelope, message));
    return reply != null ? reply : SmtpReply.LOCAL_ERROR;
  }

  private SmtpReply reply(Method method, Function<SmtpListener, SmtpReply> call) {
    try {
      SmtpReply reply = endpoints.invoke(method, call);
      return reply != null ? reply : SmtpReply.LOCAL_ERROR;
    } catch (EndpointCallException e) {
      return SmtpReply.LOCAL_ERROR;
    }
  }
}
