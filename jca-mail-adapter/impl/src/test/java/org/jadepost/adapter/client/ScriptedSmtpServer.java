package org.jadepost.adapter.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A small SMTP server on a loopback socket for client tests: it records every command line and the
 * raw DATA bytes, and answers each command with what {@code answers} returns for it.
 */
final class ScriptedSmtpServer implements AutoCloseable {

  final List<String> commands = new CopyOnWriteArrayList<>();
  final List<byte[]> messages = new CopyOnWriteArrayList<>();
  volatile int connections;
  private final ServerSocket server;
  private final Function<String, String> answers;

  ScriptedSmtpServer(Function<String, String> answers) throws IOException {
    this.answers = answers;
    server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serve, "scripted-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  /** The usual answers of a server with the given EHLO extensions. */
  static String standard(String command, String extensions) {
    String verb = command.split("[ :]", 2)[0].toUpperCase();
    return switch (verb) {
      case "EHLO" -> "250-sink.test hello\r\n" + extensions + "250 HELP";
      case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> "250 2.0.0 ok";
      case "DATA" -> "354 go ahead";
      case "." -> "250 2.0.0 queued as 42";
      case "QUIT" -> "221 2.0.0 bye";
      default -> "502 5.5.2 what";
    };
  }

  int port() {
    return server.getLocalPort();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        connections++;
        session(socket.getInputStream(), socket.getOutputStream());
      } catch (IOException e) {
        // Next connection, or closed.
      }
    }
  }

  private void session(InputStream in, OutputStream out) throws IOException {
    reply(out, "220 sink.test ESMTP scripted");
    String line;
    while ((line = line(in)) != null) {
      commands.add(line);
      if (line.equalsIgnoreCase("DATA")) {
        String go = answers.apply(line);
        reply(out, go);
        if (go.startsWith("354")) {
          messages.add(data(in));
          reply(out, answers.apply("."));
        }
        continue;
      }
      reply(out, answers.apply(line));
      if (line.equalsIgnoreCase("QUIT")) {
        return;
      }
    }
  }

  private static byte[] data(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String line;
    while ((line = line(in)) != null && !line.equals(".")) {
      body.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    return body.toByteArray();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        return null;
      }
      buffer.write(b);
    }
    String line = buffer.toString(StandardCharsets.UTF_8);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static void reply(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
