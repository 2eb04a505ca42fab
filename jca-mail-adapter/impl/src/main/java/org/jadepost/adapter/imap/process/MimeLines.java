package org.jadepost.adapter.imap.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a message as lines in one pass with a fixed buffer, keeping at most the first {@link #KEEP}
 * bytes of each line: enough for header fields and MIME delimiters, never a whole body line (a
 * base64 body may have no line breaks at all). Knows each line's offsets and how many line breaks
 * came before it, so parts can be located without keeping their bytes.
 */
final class MimeLines {

  /** Bytes of one line kept: far more than RFC 5322's 998 and any boundary of RFC 2046 (70). */
  static final int KEEP = 8192;

  private final InputStream in;
  private final byte[] buffer;
  private int position;
  private int limit;
  private long offset;
  private long breaks;
  private int lastTerminator;
  private Line pushedBack;

  /** Lines of {@code in}, read {@code bufferSize} bytes at a time. */
  MimeLines(InputStream in, int bufferSize) {
    this.in = in;
    this.buffer = new byte[bufferSize];
  }

  /**
   * One line.
   *
   * @param start the offset of its first byte
   * @param end the offset after its line break
   * @param kept its first bytes, line break included when it fits
   * @param terminator the length of its line break: 2 (CRLF), 1 (LF) or 0 (end of input)
   * @param terminatorBefore the length of the previous line's break
   * @param breaksBefore the number of line breaks before {@code start}
   */
  record Line(
      long start, long end, byte[] kept, int terminator, int terminatorBefore, long breaksBefore) {

    boolean blank() {
      return terminator > 0 && end - start == terminator;
    }

    boolean startsWith(byte[] prefix) {
      if (kept.length < prefix.length) {
        return false;
      }
      return Arrays.equals(kept, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Where the content before this line ends: its preceding line break is not content. */
    long contentEndBefore() {
      return start - terminatorBefore;
    }
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    if (pushedBack != null) {
      Line line = pushedBack;
      pushedBack = null;
      return line;
    }
    long start = offset;
    long breaksBefore = breaks;
    byte[] kept = new byte[128];
    int keptLength = 0;
    int previous = -1;
    int b;
    while ((b = read()) >= 0) {
      if (keptLength < KEEP) {
        if (keptLength == kept.length) {
          kept = Arrays.copyOf(kept, Math.min(KEEP, kept.length * 2));
        }
        kept[keptLength++] = (byte) b;
      }
      if (b == '\n') {
        break;
      }
      previous = b;
    }
    if (offset == start) {
      return null;
    }
    int terminator = b != '\n' ? 0 : previous == '\r' ? 2 : 1;
    if (b == '\n') {
      breaks++;
    }
    Line line =
        new Line(
            start,
            offset,
            Arrays.copyOf(kept, keptLength),
            terminator,
            lastTerminator,
            breaksBefore);
    lastTerminator = terminator;
    return line;
  }

  /** Makes {@code line} the next one again, for the delimiter that ends a part. */
  void pushBack(Line line) {
    pushedBack = line;
  }

  /** The line given back by {@link #pushBack}, if any: the delimiter that ended a part. */
  Line peeked() {
    return pushedBack;
  }

  /** The offset after the last byte read. */
  long offset() {
    return pushedBack != null ? pushedBack.start() : offset;
  }

  /** The line breaks read so far. */
  long breaks() {
    return pushedBack != null ? pushedBack.breaksBefore() : breaks;
  }

  private int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    offset++;
    return buffer[position++] & 0xff;
  }
}
