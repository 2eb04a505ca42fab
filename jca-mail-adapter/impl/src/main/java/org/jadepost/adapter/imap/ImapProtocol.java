package org.jadepost.adapter.imap;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapResponseCode;
import org.jadepost.adapter.events.MailboxEventBus;
import org.jadepost.adapter.imap.decode.ArgumentReader;
import org.jadepost.adapter.imap.decode.CommandInput;
import org.jadepost.adapter.imap.decode.DecodingException;
import org.jadepost.adapter.imap.decode.ImapDecoder;
import org.jadepost.adapter.imap.process.AuthenticateProcessor;
import org.jadepost.adapter.imap.process.Capabilities;
import org.jadepost.adapter.imap.process.ChangeReporter;
import org.jadepost.adapter.imap.request.AuthenticateRequest;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.response.ImapResponse.ContinuationResponse;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.CommandAssembly;
import org.jadepost.adapter.imap.session.ImapBackend;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.net.ClientConnection;
import org.jadepost.adapter.net.InboundFrame;
import org.jadepost.adapter.net.Line;
import org.jadepost.adapter.net.LineTooLong;
import org.jadepost.adapter.net.Literal;
import org.jadepost.adapter.net.LiteralChunk;
import org.jadepost.adapter.net.ProtocolHandler;

/**
 * The IMAP dispatcher of one listener (RFC 3501): assembles commands across literals, checks the
 * session state, runs the command's processor and writes its completion, then reports changes of
 * the selected folder. Change events wake idling sessions without a thread waiting for them.
 */
public final class ImapProtocol implements ProtocolHandler {

  private static final Logger LOG = Logger.getLogger(ImapProtocol.class.getName());
  private static final Pattern LITERAL = Pattern.compile("\\{(\\d{1,19})(\\+?)\\}$");
  private static final Pattern APPEND_START =
      Pattern.compile("(?i)^\\S+ APPEND \\S.* \\{\\d+\\+?\\}$");

  private final ImapConfiguration configuration;
  private final ImapBackend backend;
  private final MailboxEventBus events;
  private final ImapCommands commands = new ImapCommands(this::onChange);
  private final ImapDecoder decoder = new ImapDecoder(commands.parsers);
  private final Map<ClientConnection, ImapSession> sessions = new ConcurrentHashMap<>();

  /** A protocol calling {@code backend} and woken by {@code events}. */
  public ImapProtocol(
      ImapConfiguration configuration, ImapBackend backend, MailboxEventBus events) {
    this.configuration = configuration;
    this.backend = backend;
    this.events = events;
  }

  /** The handler supplier of a listener whose MDB endpoints come from {@code factory}. */
  public static Supplier<ProtocolHandler> handlers(
      ImapConfiguration configuration, MessageEndpointFactory factory, MailboxEventBus events) {
    ImapProtocol protocol = new ImapProtocol(configuration, new ImapBackend(factory), events);
    return () -> protocol;
  }

  @Override
  public void onConnect(ClientConnection connection) {
    ImapSession session = new ImapSession(connection, configuration, backend, events);
    sessions.put(connection, session);
    session.send(
        StatusResponse.untagged(Status.OK, Capabilities.code(session), ReplyText.GREETING.text()));
  }

  @Override
  public void onTooManyConnections(ClientConnection connection) {
    connection.writeLine("* BYE " + ReplyText.TOO_MANY_CONNECTIONS.text());
    connection.closeAfterReply();
  }

  @Override
  public void onIdleTimeout(ClientConnection connection) {
    connection.writeLine("* BYE " + ReplyText.AUTOLOGOUT.text());
    connection.closeAfterReply();
  }

  @Override
  public void onDisconnect(ClientConnection connection) {
    ImapSession session = sessions.remove(connection);
    if (session != null) {
      synchronized (session) {
        session.close();
      }
    }
  }

  @Override
  public void onFrame(ClientConnection connection, InboundFrame frame) {
    ImapSession session = sessions.get(connection);
    if (session == null) {
      connection.closeAfterReply();
      return;
    }
    synchronized (session) {
      try {
        frame(session, frame);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Spooling an APPEND literal failed", e);
        session.assembly().reset();
        session.send(StatusResponse.untagged(Status.BYE, "SERVERBUG", ReplyText.SERVER_BUG.text()));
        connection.closeAfterReply();
      }
    }
  }

  private void frame(ImapSession session, InboundFrame frame) throws IOException {
    CommandAssembly assembly = session.assembly();
    if (frame instanceof LiteralChunk chunk) {
      assembly.write(chunk.bytes());
    } else if (frame instanceof Literal literal) {
      if (!assembly.streaming()) {
        assembly.append(literal.bytes());
      }
    } else if (frame instanceof LineTooLong) {
      assembly.reset();
      session.send(StatusResponse.untagged(Status.BAD, null, ReplyText.LINE_TOO_LONG.text()));
    } else if (frame instanceof Line line) {
      line(session, line);
    }
  }

  private void line(ImapSession session, Line line) throws IOException {
    if (session.idleTag().isPresent()) {
      endIdle(session, line);
      return;
    }
    if (session.authTag().isPresent()) {
      String tag = session.authTag().get();
      AuthenticateRequest request = new AuthenticateRequest(tag, "PLAIN", Optional.empty());
      complete(
          session,
          request,
          () -> AuthenticateProcessor.respond(request, session, line.text().trim()));
      return;
    }
    CommandAssembly assembly = session.assembly();
    assembly.append(line.bytes());
    String text = line.text();
    Matcher literal = LITERAL.matcher(text);
    if (!literal.find()) {
      execute(session, assembly.finish());
      return;
    }
    announceLiteral(session, literal);
  }

  private void announceLiteral(ImapSession session, Matcher literal) throws IOException {
    CommandAssembly assembly = session.assembly();
    long size;
    try {
      size = Long.parseLong(literal.group(1));
    } catch (NumberFormatException e) {
      size = Long.MAX_VALUE;
    }
    boolean nonSync = !literal.group(2).isEmpty();
    String soFar = new String(assembly.soFar(), java.nio.charset.StandardCharsets.UTF_8);
    boolean append = APPEND_START.matcher(soFar).matches();
    long limit = append ? configuration.maxMessageSize() : session.connection().maxLiteralSize();
    if (size > limit) {
      refuseLiteral(session, nonSync);
      return;
    }
    if (append) {
      Files.createDirectories(configuration.spool());
      Path file = Files.createTempFile(configuration.spool(), "imap-", ".eml");
      int marker = assembly.size() - literal.group().length();
      assembly.startStream(file, size, marker);
      session.connection().expectStreamedLiteral(size);
    } else {
      session.connection().expectLiteral((int) size);
    }
    if (!nonSync) {
      session.send(new ContinuationResponse(ReplyText.READY.text()));
    }
  }

  private void refuseLiteral(ImapSession session, boolean nonSync) {
    Optional<String> tag = ImapDecoder.tag(CommandInput.of(session.assembly().soFar()));
    session.assembly().reset();
    if (nonSync) {
      // RFC 7888 §4: the client sends the literal anyway; refuse clearly and close.
      session.send(StatusResponse.untagged(Status.BYE, "TOOBIG", ReplyText.TOO_BIG.text()));
      session.connection().closeAfterReply();
    } else {
      session.send(
          new StatusResponse(
              tag.orElse("*"), Status.NO, Optional.of("TOOBIG"), ReplyText.TOO_BIG.text()));
    }
  }

  private void execute(ImapSession session, CommandInput input) {
    ArgumentReader args = new ArgumentReader(input);
    String tag;
    String name;
    try {
      tag = args.tag();
      args.space();
      name = ImapDecoder.commandName(args);
    } catch (DecodingException e) {
      discard(input);
      Optional<String> known = ImapDecoder.tag(input);
      session.send(new StatusResponse(known.orElse("*"), Status.BAD, Optional.empty(), e.text()));
      return;
    }
    ImapCommands.Command command = commands.commands.get(name);
    if (command == null) {
      discard(input);
      session.send(StatusResponse.tagged(tag, Status.BAD, ReplyText.UNKNOWN_COMMAND.text()));
      return;
    }
    if (!command.states().contains(session.state())) {
      discard(input);
      session.send(StatusResponse.tagged(tag, Status.BAD, ReplyText.WRONG_STATE.text()));
      return;
    }
    ImapRequest request;
    try {
      request = decoder.decode(tag, name, args);
    } catch (DecodingException e) {
      discard(input);
      session.send(StatusResponse.tagged(tag, Status.BAD, e.text()));
      return;
    }
    complete(session, request, () -> command.processor().process(request, session));
  }

  /** Runs one processor and sends its completion after the folder's changes. */
  private void complete(ImapSession session, ImapRequest request, Step step) {
    StatusResponse done;
    try {
      done = step.run();
    } catch (ImapException e) {
      done = new StatusResponse(request.tag(), Status.NO, code(e), e.text());
    } catch (IllegalArgumentException e) {
      done = StatusResponse.tagged(request.tag(), Status.BAD, ReplyText.BAD_SEQUENCE.text());
    }
    String name = request.command().replace("UID ", "");
    boolean allowExpunge = !name.equals("FETCH") && !name.equals("STORE") && !name.equals("SEARCH");
    if (session.takeChanged() && !report(session, allowExpunge)) {
      return;
    }
    if (done != null) {
      session.send(done);
    }
  }

  private boolean report(ImapSession session, boolean allowExpunge) {
    try {
      if (ChangeReporter.report(session, allowExpunge)) {
        return true;
      }
    } catch (ImapException e) {
      if (e.code() != ImapResponseCode.NONEXISTENT) {
        return true;
      }
    }
    session.send(StatusResponse.untagged(Status.BYE, null, ReplyText.FOLDER_GONE.text()));
    session.close();
    session.connection().closeAfterReply();
    return false;
  }

  private void endIdle(ImapSession session, Line line) {
    String tag = session.idleTag().get();
    session.idleTag(null);
    if (session.takeChanged() && !report(session, true)) {
      return;
    }
    if (line.text().trim().equalsIgnoreCase("DONE")) {
      session.send(StatusResponse.tagged(tag, Status.OK, "IDLE terminated"));
    } else {
      session.send(
          StatusResponse.tagged(tag, Status.BAD, ReplyText.SYNTAX.text() + ": expected DONE"));
    }
  }

  /** A change event for a session's folder; runs on a worker thread. */
  private void onChange(ImapSession session) {
    synchronized (session) {
      if (session.idleTag().isPresent() && session.takeChanged()) {
        report(session, true);
        session.connection().flush();
      }
    }
  }

  private static Optional<String> code(ImapException e) {
    return e.code() == ImapResponseCode.NONE ? Optional.empty() : Optional.of(e.code().name());
  }

  private static void discard(CommandInput input) {
    input
        .spool()
        .ifPresent(
            p -> {
              try {
                Files.deleteIfExists(p);
              } catch (IOException e) {
                LOG.log(Level.FINE, "Cannot delete {0}", p);
              }
            });
  }

  @FunctionalInterface
  private interface Step {
    StatusResponse run() throws ImapException;
  }
}
