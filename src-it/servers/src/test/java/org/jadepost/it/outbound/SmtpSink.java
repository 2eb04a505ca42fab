package org.jadepost.it.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A remote mail server on loopback for the outbound tests: accepts any recipient, except that
 * {@code reject*} gets 550 5.1.1 and {@code later*} gets 451 4.7.1 the first time. Records each
 * accepted message with its envelope.
 */
public final class SmtpSink implements AutoCloseable {

  /** One accepted message. */
  public record Received(String mailFrom, List<String> recipients, String data) {}

  public final List<Received> received = new CopyOnWriteArrayList<>();
  private final Set<String> deferredOnce = ConcurrentHashMap.newKeySet();
  private final ServerSocket server;

  public SmtpSink(int port) throws IOException {
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    Thread thread = new Thread(this::serve, "smtp-sink");
    thread.setDaemon(true);
    thread.start();
  }

  private void serve() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread session = new Thread(() -> session(socket), "smtp-sink-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void session(Socket socket) {
    try (socket;
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 sink.test ESMTP");
      String from = null;
      List<String> rcpts = new CopyOnWriteArrayList<>();
      for (String line; (line = line(in)) != null; ) {
        String upper = line.toUpperCase();
        if (upper.startsWith("EHLO")) {
          reply(out, "250-sink.test\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 10000000");
        } else if (upper.startsWith("MAIL FROM:")) {
          from = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
          rcpts.clear();
          reply(out, "250 2.1.0 ok");
        } else if (upper.startsWith("RCPT TO:")) {
          String rcpt = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
          reply(out, rcpt(rcpt, rcpts));
        } else if (upper.equals("DATA")) {
          reply(out, "354 go on");
          received.add(new Received(from, List.copyOf(rcpts), data(in)));
          reply(out, "250 2.0.0 Ok: queued as sink" + received.size());
        } else if (upper.equals("QUIT")) {
          reply(out, "221 2.0.0 bye");
          return;
        } else {
          reply(out, "250 2.0.0 ok");
        }
      }
    } catch (IOException e) {
      // The client went away.
    }
  }

  private String rcpt(String rcpt, List<String> rcpts) {
    if (rcpt.startsWith("reject")) {
      return "550 5.1.1 No such user here";
    }
    if (rcpt.startsWith("later") && deferredOnce.add(rcpt)) {
      return "451 4.7.1 Greylisted, try again later";
    }
    rcpts.add(rcpt);
    return "250 2.1.5 ok";
  }

  private static String data(InputStream in) throws IOException {
    StringBuilder data = new StringBuilder();
    for (String line; (line = line(in)) != null && !line.equals("."); ) {
      data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
    }
    return data.toString();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    for (int b; (b = in.read()) != '\n'; ) {
      if (b < 0) {
        return null;
      }
      buffer.write(b);
    }
    String line = buffer.toString(StandardCharsets.UTF_8);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
