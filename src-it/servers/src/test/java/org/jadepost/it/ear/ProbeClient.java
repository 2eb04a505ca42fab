package org.jadepost.it.ear;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A client of the probe listener's line protocol (CRLF-terminated lines, one reply per line). */
final class ProbeClient implements AutoCloseable {

  private static final int TIMEOUT_MS = 10_000;

  private final Socket socket;
  private final BufferedReader in;
  private final Writer out;

  private ProbeClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
  }

  static ProbeClient connect(int port) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
    socket.setSoTimeout(TIMEOUT_MS);
    return new ProbeClient(socket);
  }

  /** The line the server sends first. */
  String greeting() throws IOException {
    return in.readLine();
  }

  /** Sends {@code line} and returns the reply. */
  String send(String line) throws IOException {
    out.write(line + "\r\n");
    out.flush();
    return in.readLine();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
