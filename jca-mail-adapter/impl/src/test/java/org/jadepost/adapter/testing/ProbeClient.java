package org.jadepost.adapter.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * A byte-exact line client over a plain or TLS socket. It reads one byte at a time so that nothing
 * past a line is consumed, which matters when the socket is upgraded to TLS.
 */
public final class ProbeClient implements AutoCloseable {

  private static final int TIMEOUT_MILLIS = 5000;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  /** A client over an already connected socket. */
  public ProbeClient(Socket socket) throws IOException {
    this.socket = socket;
    socket.setSoTimeout(TIMEOUT_MILLIS);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Connects a plain socket to {@code address}. */
  public static ProbeClient connect(InetSocketAddress address) throws IOException {
    Socket socket = new Socket();
    socket.connect(address, TIMEOUT_MILLIS);
    return new ProbeClient(socket);
  }

  /** The underlying socket, for a STARTTLS upgrade. */
  public Socket socket() {
    return socket;
  }

  /** Sends {@code text} as UTF-8 in one write, exactly as given. */
  public void send(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Reads one CRLF-terminated line without its terminator.
   *
   * @throws IOException if the server closed the connection first or sent a bare LF
   */
  public String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int previous = -1;
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == '\n') {
        if (previous != '\r') {
          throw new IOException("bare LF from server");
        }
        byte[] bytes = line.toByteArray();
        return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
      }
      line.write(b);
      previous = b;
    }
    throw new IOException("connection closed after: " + line.toString(StandardCharsets.UTF_8));
  }

  /**
   * Whether the server has closed the connection: the next read sees end of stream or a reset. A
   * read timeout is not a close and propagates.
   */
  public boolean closedByServer() throws IOException {
    try {
      return in.read() == -1;
    } catch (SocketException e) {
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
