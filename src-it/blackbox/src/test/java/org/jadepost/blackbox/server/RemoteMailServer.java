package org.jadepost.blackbox.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Somebody else's mail server on loopback, for outbound delivery tests: answers RCPT per recipient
 * as told ({@link #answer}, 250 by default), records every SMTP session's commands and every
 * accepted message's envelope and exact bytes (dot-stuffing undone, CRLF kept).
 */
public final class RemoteMailServer implements AutoCloseable {

  /** One accepted message: envelope and content as they came over the wire. */
  public record Received(String mailFrom, List<String> recipients, byte[] data) {

    public String text() {
      return new String(data, StandardCharsets.UTF_8);
    }
  }

  private final ServerSocket listener;
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<List<String>> sessions = new CopyOnWriteArrayList<>();

  private RemoteMailServer(ServerSocket listener) {
    this.listener = listener;
    Thread thread = new Thread(this::serve, "remote-mail-server");
    thread.setDaemon(true);
    thread.start();
  }

  /** Listens on a free loopback port. */
  public static RemoteMailServer start() throws IOException {
    ServerSocket listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return new RemoteMailServer(listener);
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** {@code host:port}, as JADEPOST_OUTBOUND_RELAY takes it. */
  public String relay() {
    return "127.0.0.1:" + port();
  }

  /** From now on RCPT TO {@code recipient} gets {@code reply}, such as "450 4.2.1 Busy". */
  public void answer(String recipient, String reply) {
    answers.put(recipient.toLowerCase(), reply);
  }

  /** The messages accepted so far, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The commands of each session so far (one list per connection), in order. */
  public List<List<String>> sessions() {
    return sessions.stream().map(List::copyOf).toList();
  }

  private void serve() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        Thread session = new Thread(() -> session(socket), "remote-mail-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void session(Socket socket) {
    List<String> commands = new CopyOnWriteArrayList<>();
    sessions.add(commands);
    try (socket;
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 remote.test ESMTP");
      Transaction tx = new Transaction();
      for (byte[] raw; (raw = line(in)) != null; ) {
        String line = new String(raw, StandardCharsets.UTF_8);
        commands.add(line);
        String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
        switch (verb) {
          case "EHLO" ->
              reply(
                  out,
                  "250-remote.test\r\n250-PIPELINING\r\n250-8BITMIME\r\n"
                      + "250-SMTPUTF8\r\n250 SIZE 20000000");
          case "HELO" -> reply(out, "250 remote.test");
          case "MAIL" -> {
            tx = new Transaction();
            tx.from = path(line);
            reply(out, "250 2.1.0 Ok");
          }
          case "RCPT" -> reply(out, tx.rcpt(path(line), answers));
          case "DATA" -> data(in, out, tx);
          case "RSET" -> {
            tx = new Transaction();
            reply(out, "250 2.0.0 Ok");
          }
          case "QUIT" -> {
            reply(out, "221 2.0.0 Bye");
            return;
          }
          default -> reply(out, "250 2.0.0 Ok");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private void data(InputStream in, OutputStream out, Transaction tx) throws IOException {
    if (tx.recipients.isEmpty()) {
      reply(out, "554 5.5.1 No valid recipients");
      return;
    }
    reply(out, "354 End data with <CR><LF>.<CR><LF>");
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] line; (line = line(in)) != null; ) {
      if (line.length == 1 && line[0] == '.') {
        received.add(new Received(tx.from, List.copyOf(tx.recipients), content.toByteArray()));
        reply(out, "250 2.0.0 Ok: queued as remote" + received.size());
        return;
      }
      int skip = line.length > 0 && line[0] == '.' ? 1 : 0; // RFC 5321 §4.5.2
      content.write(line, skip, line.length - skip);
      content.write('\r');
      content.write('\n');
    }
  }

  private static String path(String line) {
    int open = line.indexOf('<');
    int close = line.indexOf('>', open);
    return open < 0 || close < 0 ? "" : line.substring(open + 1, close);
  }

  /** One line without its CRLF, or null at the end of the stream. */
  private static byte[] line(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    for (int b; (b = in.read()) != '\n'; ) {
      if (b < 0) {
        return null;
      }
      buffer.write(b);
    }
    byte[] bytes = buffer.toByteArray();
    int length =
        bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return Arrays.copyOf(bytes, length);
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }

  /** The envelope of the SMTP transaction under way. */
  private static final class Transaction {
    String from = "";
    final List<String> recipients = new ArrayList<>();

    String rcpt(String recipient, Map<String, String> answers) {
      String reply = answers.getOrDefault(recipient.toLowerCase(), "250 2.1.5 Ok");
      if (reply.startsWith("2")) {
        recipients.add(recipient);
      }
      return reply;
    }
  }
}
