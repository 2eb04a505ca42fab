package org.jadepost.web.webmail.read;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes bytes honouring one HTTP byte range (RFC 9110 §14.1.2): {@code bytes=a-b}, {@code
 * bytes=a-} or {@code bytes=-n} get 206 with Content-Range; an unsatisfiable range gets 416; no
 * range, several ranges or a malformed one get the whole content with 200, as the RFC allows.
 */
public final class ByteRange {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private ByteRange() {}

  /** Writes {@code content} (or the range {@code header} asks for) to {@code response}. */
  static void write(byte[] content, String header, HttpServletResponse response)
      throws IOException {
    response.setHeader("Accept-Ranges", "bytes");
    long[] range = range(header == null ? "" : header.strip(), content.length);
    if (range == null) {
      response.setContentLength(content.length);
      response.getOutputStream().write(content);
    } else if (range.length == 0) {
      response.setHeader("Content-Range", "bytes */" + content.length);
      response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
    } else {
      int from = (int) range[0];
      int length = (int) (range[1] - range[0] + 1);
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader("Content-Range", "bytes " + from + "-" + range[1] + "/" + content.length);
      response.setContentLength(length);
      response.getOutputStream().write(content, from, length);
    }
  }

  /**
   * Streams file {@code file} (or the range {@code header} asks for) to {@code response} through a
   * small buffer, however large the file.
   */
  public static void write(Path file, String header, HttpServletResponse response)
      throws IOException {
    long size = Files.size(file);
    response.setHeader("Accept-Ranges", "bytes");
    long[] range = range(header == null ? "" : header.strip(), size);
    if (range != null && range.length == 0) {
      response.setHeader("Content-Range", "bytes */" + size);
      response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      return;
    }
    long from = range == null ? 0 : range[0];
    long length = range == null ? size : range[1] - range[0] + 1;
    if (range != null) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader("Content-Range", "bytes " + from + "-" + range[1] + "/" + size);
    }
    response.setContentLengthLong(length);
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(from);
      OutputStream out = response.getOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long left = length;
      while (left > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          break;
        }
        out.write(buffer, 0, read);
        left -= read;
      }
    }
  }

  /** [first, last] inclusive; an empty array when unsatisfiable; null for "send everything". */
  public static long[] range(String header, long size) {
    Matcher m = SINGLE.matcher(header);
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return null;
    }
    try {
      if (m.group(1).isEmpty()) {
        long suffix = Long.parseLong(m.group(2));
        return suffix == 0 || size == 0
            ? new long[0]
            : new long[] {Math.max(0, size - suffix), size - 1};
      }
      long first = Long.parseLong(m.group(1));
      long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
      if (first >= size) {
        return new long[0];
      }
      return first > last ? null : new long[] {first, last};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
