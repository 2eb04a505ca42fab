package org.jadepost.adapter.smtp;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.net.ClientConnection;
import org.jadepost.adapter.net.InboundFrame;
import org.jadepost.adapter.net.Line;
import org.jadepost.adapter.net.ProtocolHandler;
import org.jadepost.adapter.smtp.command.AuthCmdHandler;
import org.jadepost.adapter.smtp.command.BdatCmdHandler;
import org.jadepost.adapter.smtp.command.CmdHandler;
import org.jadepost.adapter.smtp.command.CommandLine;
import org.jadepost.adapter.smtp.command.DataCmdHandler;
import org.jadepost.adapter.smtp.command.EhloCmdHandler;
import org.jadepost.adapter.smtp.command.HeloCmdHandler;
import org.jadepost.adapter.smtp.command.MailCmdHandler;
import org.jadepost.adapter.smtp.command.NoopCmdHandler;
import org.jadepost.adapter.smtp.command.QuitCmdHandler;
import org.jadepost.adapter.smtp.command.RcptCmdHandler;
import org.jadepost.adapter.smtp.command.Replies;
import org.jadepost.adapter.smtp.command.RsetCmdHandler;
import org.jadepost.adapter.smtp.command.StartTlsCmdHandler;
import org.jadepost.adapter.smtp.command.VrfyCmdHandler;
import org.jadepost.adapter.smtp.hook.policy.AuthRequiredHook;
import org.jadepost.adapter.smtp.hook.policy.MaxRecipientsHook;
import org.jadepost.adapter.smtp.hook.policy.MessageSizeHook;
import org.jadepost.adapter.smtp.session.FrameContinuation;
import org.jadepost.adapter.smtp.session.SmtpBackend;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;

/**
 * The SMTP dispatcher of one listener: greets through the MDB, routes each line to the active
 * continuation (DATA, AUTH) or to the command's handler after checking the session state, counts
 * errors and closes with 421 at the limit. One instance serves all connections; the per-connection
 * state is an {@link SmtpSession}.
 */
public final class SmtpProtocol implements ProtocolHandler {

  private final SmtpConfiguration configuration;
  private final SmtpBackend backend;
  private final Map<String, CmdHandler> handlers;
  private final Map<ClientConnection, SmtpSession> sessions = new ConcurrentHashMap<>();

  /** A protocol with the standard handlers and policies. */
  public SmtpProtocol(SmtpConfiguration configuration, SmtpBackend backend) {
    this.configuration = configuration;
    this.backend = backend;
    this.handlers =
        List.of(
                new EhloCmdHandler(),
                new HeloCmdHandler(),
                new MailCmdHandler(List.of(new AuthRequiredHook(), new MessageSizeHook())),
                new RcptCmdHandler(List.of(new MaxRecipientsHook())),
                new DataCmdHandler(),
                new BdatCmdHandler(),
                new RsetCmdHandler(),
                new NoopCmdHandler(),
                new QuitCmdHandler(),
                new VrfyCmdHandler(),
                new StartTlsCmdHandler(),
                new AuthCmdHandler())
            .stream()
            .collect(Collectors.toUnmodifiableMap(CmdHandler::verb, Function.identity()));
  }

  /** Creates the handler of a listener whose MDB endpoints come from {@code factory}. */
  public static Supplier<ProtocolHandler> handlers(
      SmtpConfiguration configuration, MessageEndpointFactory factory) {
    SmtpProtocol protocol = new SmtpProtocol(configuration, new SmtpBackend(factory));
    return () -> protocol;
  }

  @Override
  public void onConnect(ClientConnection connection) {
    SmtpSession session = new SmtpSession(connection, configuration, backend);
    sessions.put(connection, session);
    SmtpReply greeting = backend.greet(connection.info());
    // RFC 5321 §4.2 and RFC 2034 §3: the greeting carries no enhanced code.
    SmtpResponse response = SmtpResponse.plain(greeting.code(), List.of(greeting.text()));
    session.send(greeting.code() == 220 ? response : response.thenClose());
  }

  @Override
  public void onFrame(ClientConnection connection, InboundFrame frame) {
    SmtpSession session = sessions.get(connection);
    if (session == null) {
      connection.closeAfterReply();
      return;
    }
    Optional<SmtpResponse> response =
        session.continuation().isPresent()
            ? session.continuation().get().onFrame(session, frame)
            : Optional.of(command(session, frame));
    response.filter(r -> r != SmtpResponse.DEFERRED).ifPresent(r -> send(session, r));
  }

  @Override
  public void onTooManyConnections(ClientConnection connection) {
    connection.writeLine("421 4.7.0 Too many connections from your address, try again later");
    connection.closeAfterReply();
  }

  @Override
  public void onIdleTimeout(ClientConnection connection) {
    SmtpSession session = sessions.get(connection);
    SmtpResponse timeout = SmtpResponse.of(Replies.TIMEOUT).thenClose();
    if (session != null) {
      session.send(timeout);
    } else {
      connection.closeAfterReply();
    }
  }

  @Override
  public void onDisconnect(ClientConnection connection) {
    SmtpSession session = sessions.remove(connection);
    if (session != null) {
      session.continuation().ifPresent(FrameContinuation::abandon);
      session.resetTransaction(); // deletes a half-received BDAT message
    }
  }

  private SmtpResponse command(SmtpSession session, InboundFrame frame) {
    if (!(frame instanceof Line line)) {
      return SmtpResponse.of(Replies.LINE_TOO_LONG);
    }
    CommandLine command = CommandLine.parse(line.text());
    CmdHandler handler = handlers.get(command.verb());
    if (handler == null) {
      return SmtpResponse.of(Replies.UNKNOWN_COMMAND);
    }
    if (!handler.validStates().contains(session.state())) {
      handler.refused(session, command.arguments());
      return SmtpResponse.of(Replies.BAD_SEQUENCE); // RFC 5321 §4.1.4
    }
    return handler.handle(session, command.arguments());
  }

  private static void send(SmtpSession session, SmtpResponse response) {
    if (response.isPermanentError() && session.countErrorAndCheckLimit()) {
      session.continuation().ifPresent(FrameContinuation::abandon);
      session.continueWith(null);
      session.send(SmtpResponse.of(Replies.TOO_MANY_ERRORS).thenClose());
    } else {
      session.send(response);
    }
  }
}
