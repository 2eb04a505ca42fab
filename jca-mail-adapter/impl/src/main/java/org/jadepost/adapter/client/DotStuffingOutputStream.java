package org.jadepost.adapter.client;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes message content for DATA: doubles a dot at the start of a line (RFC 5321 §4.5.2), turns
 * bare LF into CRLF, and {@link #finish} ends the last line and writes the terminating dot.
 */
final class DotStuffingOutputStream extends FilterOutputStream {

  private boolean lineStart = true;
  private int previous = -1;

  DotStuffingOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    if (b == '\n' && previous != '\r') {
      out.write('\r');
    }
    if (lineStart && b == '.') {
      out.write('.');
    }
    out.write(b);
    lineStart = b == '\n';
    previous = b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i] & 0xff);
    }
  }

  /** Ends the content with CRLF if needed and writes {@code .CRLF}; does not close. */
  void finish() throws IOException {
    if (!lineStart) {
      out.write('\r');
      out.write('\n');
    }
    out.write(".\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
