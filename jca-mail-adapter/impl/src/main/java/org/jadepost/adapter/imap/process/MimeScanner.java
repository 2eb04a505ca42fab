package org.jadepost.adapter.imap.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Finds the MIME structure of a message in one streaming pass (RFC 2046 §5.1.1): a part ends where
 * a line starts with the delimiter of its multipart or of any enclosing one, and the line break
 * before a delimiter belongs to the delimiter. Keeps header bytes only (at most {@link #MAX_HEADER}
 * per part), so memory does not grow with the message.
 */
final class MimeScanner {

  /** Header bytes kept per part; a longer header is cut there. */
  static final int MAX_HEADER = 256 * 1024;

  private final MimeLines lines;
  private final Deque<byte[]> delimiters = new ArrayDeque<>();

  /** Read buffer of a whole-message scan; bodies can be megabytes. */
  static final int SCAN_BUFFER = 64 * 1024;

  /**
   * Read buffer of a header scan: a typical header fits, and a FETCH of 100 headers would otherwise
   * allocate and fill 64 KB per message for a few hundred bytes (a third of its time).
   */
  static final int HEADER_BUFFER = 4 * 1024;

  private MimeScanner(InputStream in, int buffer) {
    this.lines = new MimeLines(in, buffer);
  }

  /** The structure of a whole message. */
  static MimePart scan(InputStream in) throws IOException {
    return new MimeScanner(in, SCAN_BUFFER).entity(0, false, false);
  }

  /** The top-level header only, for ENVELOPE and header fields; body offsets are not known. */
  static MimePart scanHeader(InputStream in) throws IOException {
    return new MimeScanner(in, HEADER_BUFFER).entity(0, false, true);
  }

  private MimePart entity(long start, boolean digestChild, boolean headerOnly) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    MimeLines.Line line;
    while ((line = lines.next()) != null) {
      if (delimiter(line)) {
        lines.pushBack(line);
        break;
      }
      if (header.size() < MAX_HEADER) {
        header.writeBytes(line.kept());
      }
      if (line.blank()) {
        return withBody(new MimePart(start, header.toByteArray(), digestChild), headerOnly);
      }
    }
    // No empty line: the whole entity is header, up to a delimiter or the end of input.
    MimeLines.Line delimiter = lines.peeked();
    long end = delimiter == null ? lines.offset() : Math.max(start, delimiter.contentEndBefore());
    byte[] bytes = header.toByteArray();
    if (bytes.length > end - start) {
      bytes = Arrays.copyOf(bytes, (int) (end - start));
    }
    MimePart part = new MimePart(start, bytes, digestChild);
    part.bodyStart = end;
    part.end = end;
    return part;
  }

  private MimePart withBody(MimePart part, boolean headerOnly) throws IOException {
    part.bodyStart = lines.offset();
    if (headerOnly) {
      return part;
    }
    long breaksBefore = lines.breaks();
    if (part.multipart()) {
      parts(part);
    } else if (part.message()) {
      part.children.add(entity(part.bodyStart, false, false));
    } else {
      skipToDelimiter();
    }
    MimeLines.Line delimiter = lines.peeked();
    if (delimiter == null) {
      part.end = lines.offset();
      part.bodyLines = lines.breaks() - breaksBefore;
    } else {
      part.end = Math.max(part.bodyStart, delimiter.contentEndBefore());
      boolean breakInBody = delimiter.terminatorBefore() > 0 && part.end > part.bodyStart;
      part.bodyLines = delimiter.breaksBefore() - breaksBefore - (breakInBody ? 1 : 0);
    }
    return part;
  }

  private void parts(MimePart part) throws IOException {
    byte[] delimiter = ("--" + part.parameters.get("boundary")).getBytes(StandardCharsets.UTF_8);
    boolean digest = part.subtype.equals("digest");
    delimiters.push(delimiter);
    MimeLines.Line line;
    while ((line = lines.next()) != null) {
      if (line.startsWith(delimiter)) {
        if (closes(line, delimiter.length)) {
          delimiters.pop();
          skipToDelimiter();
          return;
        }
        part.children.add(entity(line.end(), digest, false));
      } else if (delimiter(line)) {
        lines.pushBack(line);
        break;
      }
    }
    delimiters.pop();
  }

  private void skipToDelimiter() throws IOException {
    MimeLines.Line line;
    while ((line = lines.next()) != null) {
      if (delimiter(line)) {
        lines.pushBack(line);
        return;
      }
    }
  }

  private boolean delimiter(MimeLines.Line line) {
    byte[] kept = line.kept();
    if (delimiters.isEmpty() || kept.length < 2 || kept[0] != '-' || kept[1] != '-') {
      return false;
    }
    for (byte[] delimiter : delimiters) {
      if (line.startsWith(delimiter)) {
        return true;
      }
    }
    return false;
  }

  private static boolean closes(MimeLines.Line line, int length) {
    byte[] kept = line.kept();
    return kept.length >= length + 2 && kept[length] == '-' && kept[length + 1] == '-';
  }
}
