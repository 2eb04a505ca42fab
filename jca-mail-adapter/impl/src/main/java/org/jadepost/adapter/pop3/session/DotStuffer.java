package org.jadepost.adapter.pop3.session;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Streams message data as POP3 multi-line data (RFC 1939 §3): every line ends in CRLF (a bare LF
 * becomes CRLF, a last line without terminator gets one), a line starting with "." gets another "."
 * in front, and the terminating ".CRLF" follows. For TOP it stops after the header, the blank line
 * and the requested number of body lines. Reads and writes in chunks of {@value #CHUNK} bytes, so a
 * message of any size passes in bounded memory.
 */
public final class DotStuffer {

  /** Bytes per read and per write. */
  public static final int CHUNK = 64 * 1024;

  private static final byte[] TERMINATOR = {'.', '\r', '\n'};

  private final Predicate<byte[]> sink;
  private final long bodyLines;
  private final byte[] out = new byte[CHUNK * 3 + 8];
  private int used;
  private boolean lineStart = true;
  private boolean lastWasCr;
  private boolean lineEmpty = true;
  private boolean inHeader = true;
  private long bodyLinesSent;

  /**
   * A stuffer writing chunks to {@code sink}, which returns false when the client is gone.
   *
   * @param bodyLines body lines to send after the header, or -1 for everything
   */
  public DotStuffer(Predicate<byte[]> sink, long bodyLines) {
    this.sink = sink;
    this.bodyLines = bodyLines;
  }

  /**
   * Sends {@code message} and the terminating dot.
   *
   * @return false if the client went away before the end
   * @throws IOException if the message cannot be read
   */
  public boolean send(InputStream message) throws IOException {
    byte[] in = new byte[CHUNK];
    boolean done = false;
    int read;
    while (!done && (read = message.read(in)) > 0) {
      done = stuff(in, read);
      if (used >= CHUNK && !drain()) {
        return false;
      }
    }
    if (!lineStart) {
      if (!lastWasCr) {
        put((byte) '\r');
      }
      put((byte) '\n');
    }
    for (byte b : TERMINATOR) {
      put(b);
    }
    return drain();
  }

  /** Copies {@code length} bytes, returning true when TOP has sent all it needs. */
  private boolean stuff(byte[] in, int length) {
    for (int i = 0; i < length; i++) {
      byte b = in[i];
      if (b == '\n') {
        if (!lastWasCr) {
          put((byte) '\r');
        }
        put(b);
        if (lineEnded()) {
          return true;
        }
        continue;
      }
      if (lineStart && b == '.') {
        put((byte) '.');
      }
      put(b);
      lineStart = false;
      lineEmpty &= b == '\r';
      lastWasCr = b == '\r';
    }
    return false;
  }

  /** Book-keeping at the end of a line; true when the TOP limit is reached. */
  private boolean lineEnded() {
    boolean wasEmpty = lineEmpty;
    lineStart = true;
    lineEmpty = true;
    lastWasCr = false;
    if (bodyLines < 0) {
      return false;
    }
    if (inHeader) {
      inHeader = !wasEmpty;
      return !inHeader && bodyLines == 0;
    }
    return ++bodyLinesSent >= bodyLines;
  }

  private void put(byte b) {
    out[used++] = b;
  }

  private boolean drain() {
    if (used == 0) {
      return true;
    }
    byte[] chunk = Arrays.copyOf(out, used);
    used = 0;
    return sink.test(chunk);
  }
}
