package org.jadepost.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A small blocking POP3 client (RFC 1939). */
public final class Pop3 implements Closeable {
  private final Socket socket;
  private final Wire wire;
  private final OutputStream out;

  public Pop3(int port) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
    socket.setSoTimeout(300_000);
    wire = new Wire(socket);
    out = socket.getOutputStream();
    String greeting = wire.readLine();
    if (greeting == null || !greeting.startsWith("+OK")) {
      socket.close();
      throw new IOException("POP3 greeting: " + greeting);
    }
  }

  /** One command and its status line. */
  public String command(String command) throws IOException {
    out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    String line = wire.readLine();
    if (line == null) {
      throw new IOException("connection closed after " + command.split(" ")[0]);
    }
    return line;
  }

  /** USER and PASS; null when logged in, else the refusal. */
  public String login(String user, String password) throws IOException {
    String r = command("USER " + user);
    if (!r.startsWith("+OK")) {
      return r;
    }
    r = command("PASS " + password);
    return r.startsWith("+OK") ? null : r;
  }

  /** The message count from STAT. */
  public int stat() throws IOException {
    String r = command("STAT");
    if (!r.startsWith("+OK")) {
      throw new IOException("STAT: " + r);
    }
    return Integer.parseInt(r.split(" ")[1]);
  }

  /** RETR n: the message's size on the wire (dot-stuffed lines), or -1 with the refusal. */
  public long retr(int n) throws IOException {
    String r = command("RETR " + n);
    if (!r.startsWith("+OK")) {
      return -1;
    }
    long bytes = 0;
    while (true) {
      String line = wire.readLine();
      if (line == null) {
        throw new IOException("connection closed inside RETR " + n);
      }
      if (line.equals(".")) {
        return bytes;
      }
      bytes += line.length() + 2;
    }
  }

  public void quit() {
    try {
      command("QUIT");
    } catch (IOException e) {
      // closing anyway
    }
    close();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing to do
    }
  }
}
