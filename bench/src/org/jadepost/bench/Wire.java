package org.jadepost.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Buffered reading of CRLF lines, SMTP multi-line replies and IMAP literals. */
public final class Wire {
  private static final int MAX_LINE = 16 * 1024 * 1024;
  private final InputStream in;
  private byte[] line = new byte[8192];

  public Wire(Socket socket) throws IOException {
    this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
  }

  public boolean hasBuffered() throws IOException {
    return in.available() > 0;
  }

  /** One line without its CRLF, or null at the end of the stream. */
  public String readLine() throws IOException {
    int n = 0;
    for (int b; (b = in.read()) != -1; ) {
      if (b == '\n') {
        int len = n > 0 && line[n - 1] == '\r' ? n - 1 : n;
        return new String(line, 0, len, StandardCharsets.UTF_8);
      }
      if (n == line.length && n < MAX_LINE) {
        line = Arrays.copyOf(line, n * 2);
      }
      if (n < line.length) {
        line[n++] = (byte) b;
      }
    }
    return n == 0 ? null : new String(line, 0, n, StandardCharsets.UTF_8);
  }

  /** Reads and drops exactly {@code n} bytes (an IMAP literal); returns the count. */
  public long skip(long n) throws IOException {
    long left = n;
    while (left > 0) {
      long k = in.skip(left);
      if (k <= 0) {
        if (in.read() == -1) {
          throw new IOException("connection closed inside a literal");
        }
        k = 1;
      }
      left -= k;
    }
    return n;
  }

  /** A whole SMTP reply; the lines of a multi-line one joined with spaces. */
  public String reply() throws IOException {
    StringBuilder all = new StringBuilder();
    while (true) {
      String l = readLine();
      if (l == null) {
        throw new IOException("connection closed" + (all.isEmpty() ? "" : " after " + all));
      }
      all.append(all.isEmpty() ? "" : " ").append(l);
      if (l.length() < 4 || l.charAt(3) != '-') {
        return all.toString();
      }
    }
  }
}
