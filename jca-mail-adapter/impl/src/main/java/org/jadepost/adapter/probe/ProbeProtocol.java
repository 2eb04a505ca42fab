package org.jadepost.adapter.probe;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.ProbeListener;
import org.jadepost.adapter.endpoint.EndpointCallException;
import org.jadepost.adapter.endpoint.EndpointInvoker;
import org.jadepost.adapter.net.ClientConnection;
import org.jadepost.adapter.net.InboundFrame;
import org.jadepost.adapter.net.Line;
import org.jadepost.adapter.net.LineTooLong;
import org.jadepost.adapter.net.ProtocolHandler;

/**
 * Serves the probe protocol on one connection: the greeting and every reply come from a new {@link
 * ProbeListener} endpoint; a reply starting with {@code BYE} ends the connection. It keeps no
 * session state, so one instance serves all connections of a listener.
 */
public final class ProbeProtocol implements ProtocolHandler {

  /** The reply when the MDB fails; details go to the server log only. */
  public static final String INTERNAL_ERROR = "ERR internal error";

  /** The reply to an over-long line. */
  public static final String LINE_TOO_LONG = "ERR line too long";

  /** The go-ahead for STARTTLS; the handshake starts after it. */
  public static final String TLS_GO_AHEAD = "OK begin TLS";

  /** The reply to STARTTLS when the listener does not offer it or TLS is already on. */
  public static final String TLS_UNAVAILABLE = "ERR STARTTLS not available";

  /** The goodbye sent to an idle client. */
  public static final String IDLE_GOODBYE = "BYE idle timeout";

  private static final Logger LOG = Logger.getLogger(ProbeProtocol.class.getName());
  private static final Method GREET =
      EndpointInvoker.method(ProbeListener.class, "greet", ConnectionInfo.class);
  private static final Method REPLY =
      EndpointInvoker.method(ProbeListener.class, "reply", ConnectionInfo.class, String.class);

  private final EndpointInvoker<ProbeListener> endpoints;

  /** A protocol that asks {@code endpoints} for every greeting and reply. */
  public ProbeProtocol(EndpointInvoker<ProbeListener> endpoints) {
    this.endpoints = endpoints;
  }

  /** Creates the handlers of a listener whose MDB endpoints come from {@code factory}. */
  public static Supplier<ProtocolHandler> handlers(MessageEndpointFactory factory) {
    ProbeProtocol protocol = new ProbeProtocol(new EndpointInvoker<>(factory, ProbeListener.class));
    return () -> protocol;
  }

  @Override
  public void onConnect(ClientConnection connection) {
    send(connection, call(GREET, listener -> listener.greet(connection.info())));
  }

  @Override
  public void onFrame(ClientConnection connection, InboundFrame frame) {
    if (frame instanceof Line line) {
      onLine(connection, line.text());
    } else if (frame instanceof LineTooLong) {
      connection.writeLine(LINE_TOO_LONG);
    } else {
      // The probe never asks for literals.
      connection.writeLine(INTERNAL_ERROR);
    }
  }

  @Override
  public void onIdleTimeout(ClientConnection connection) {
    connection.writeLine(IDLE_GOODBYE);
    connection.closeAfterReply();
  }

  private void onLine(ClientConnection connection, String line) {
    if (!line.equalsIgnoreCase("STARTTLS")) {
      send(connection, call(REPLY, listener -> listener.reply(connection.info(), line)));
    } else if (connection.isStartTlsAvailable()) {
      connection.writeLine(TLS_GO_AHEAD);
      connection.startTlsAfterReply();
    } else {
      connection.writeLine(TLS_UNAVAILABLE);
    }
  }

  private String call(Method method, Function<ProbeListener, String> call) {
    try {
      String reply = endpoints.invoke(method, call);
      if (reply == null || reply.indexOf('\r') >= 0 || reply.indexOf('\n') >= 0) {
        LOG.log(Level.WARNING, "ProbeListener.{0} returned no single line", method.getName());
        return INTERNAL_ERROR;
      }
      return reply;
    } catch (EndpointCallException e) {
      return INTERNAL_ERROR;
    }
  }

  private static void send(ClientConnection connection, String reply) {
    connection.writeLine(reply);
    if (reply.startsWith("BYE")) {
      connection.closeAfterReply();
    }
  }
}
