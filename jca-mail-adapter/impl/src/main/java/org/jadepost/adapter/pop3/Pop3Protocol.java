package org.jadepost.adapter.pop3;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jadepost.adapter.net.ClientConnection;
import org.jadepost.adapter.net.InboundFrame;
import org.jadepost.adapter.net.Line;
import org.jadepost.adapter.net.ProtocolHandler;
import org.jadepost.adapter.pop3.command.AuthCmdHandler;
import org.jadepost.adapter.pop3.command.CapaCmdHandler;
import org.jadepost.adapter.pop3.command.DeleCmdHandler;
import org.jadepost.adapter.pop3.command.ListCmdHandler;
import org.jadepost.adapter.pop3.command.NoopCmdHandler;
import org.jadepost.adapter.pop3.command.PassCmdHandler;
import org.jadepost.adapter.pop3.command.Pop3CmdHandler;
import org.jadepost.adapter.pop3.command.QuitCmdHandler;
import org.jadepost.adapter.pop3.command.Replies;
import org.jadepost.adapter.pop3.command.RetrCmdHandler;
import org.jadepost.adapter.pop3.command.RsetCmdHandler;
import org.jadepost.adapter.pop3.command.StatCmdHandler;
import org.jadepost.adapter.pop3.command.StlsCmdHandler;
import org.jadepost.adapter.pop3.command.TopCmdHandler;
import org.jadepost.adapter.pop3.command.UidlCmdHandler;
import org.jadepost.adapter.pop3.command.UserCmdHandler;
import org.jadepost.adapter.pop3.session.Pop3Backend;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;

/**
 * The POP3 dispatcher of one listener: greets, routes each line to the SASL continuation or to the
 * command's handler after checking the session state (RFC 1939 §3), and answers bad input with
 * {@code -ERR} while the session goes on, up to an error limit. One instance serves all
 * connections; the per-connection state is a {@link Pop3Session}.
 */
public final class Pop3Protocol implements ProtocolHandler {

  private final Pop3Configuration configuration;
  private final Pop3Backend backend;
  private final Map<String, Pop3CmdHandler> handlers;
  private final Map<ClientConnection, Pop3Session> sessions = new ConcurrentHashMap<>();

  /** A protocol with every standard handler. */
  public Pop3Protocol(Pop3Configuration configuration, Pop3Backend backend) {
    this.configuration = configuration;
    this.backend = backend;
    this.handlers =
        List.of(
                new UserCmdHandler(),
                new PassCmdHandler(),
                new AuthCmdHandler(),
                new CapaCmdHandler(),
                new StlsCmdHandler(),
                new StatCmdHandler(),
                new ListCmdHandler(),
                new UidlCmdHandler(),
                new TopCmdHandler(),
                new RetrCmdHandler(),
                new DeleCmdHandler(),
                new RsetCmdHandler(),
                new NoopCmdHandler(),
                new QuitCmdHandler())
            .stream()
            .collect(Collectors.toUnmodifiableMap(Pop3CmdHandler::verb, Function.identity()));
  }

  /** Creates the handler of a listener whose MDB endpoints come from {@code factory}. */
  public static Supplier<ProtocolHandler> handlers(
      Pop3Configuration configuration, MessageEndpointFactory factory) {
    Pop3Protocol protocol = new Pop3Protocol(configuration, new Pop3Backend(factory));
    return () -> protocol;
  }

  @Override
  public void onConnect(ClientConnection connection) {
    Pop3Session session = new Pop3Session(connection, configuration, backend);
    sessions.put(connection, session);
    session.send(Pop3Response.ok(configuration.hostName() + " Jadepost POP3 server ready"));
  }

  @Override
  public void onFrame(ClientConnection connection, InboundFrame frame) {
    Pop3Session session = sessions.get(connection);
    if (session == null) {
      connection.closeAfterReply();
      return;
    }
    Pop3Response response =
        session.continuation().isPresent()
            ? session.continuation().get().onFrame(session, frame)
            : command(session, frame);
    if (response.isError() && !response.closes() && session.countErrorAndCheckLimit()) {
      session.continueWith(null);
      response = Replies.TOO_MANY_ERRORS;
    }
    session.send(response);
  }

  @Override
  public void onTooManyConnections(ClientConnection connection) {
    connection.writeLine(Replies.TOO_MANY_CONNECTIONS.statusLine());
    connection.closeAfterReply();
  }

  /** RFC 1939 §3: the autologout timer closes without entering UPDATE, so nothing is deleted. */
  @Override
  public void onIdleTimeout(ClientConnection connection) {
    Pop3Session session = sessions.get(connection);
    if (session != null) {
      session.send(Replies.IDLE_TIMEOUT);
    } else {
      connection.closeAfterReply();
    }
  }

  @Override
  public void onDisconnect(ClientConnection connection) {
    sessions.remove(connection);
  }

  private Pop3Response command(Pop3Session session, InboundFrame frame) {
    if (!(frame instanceof Line line)) {
      return Replies.LINE_TOO_LONG;
    }
    String text = line.text();
    int space = text.indexOf(' ');
    String verb = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
    Pop3CmdHandler handler = handlers.get(verb);
    if (handler == null) {
      return Replies.UNKNOWN_COMMAND;
    }
    if (!handler.validStates().contains(session.state())) {
      return Replies.WRONG_STATE;
    }
    return handler.handle(session, space < 0 ? "" : text.substring(space + 1));
  }
}
