package org.jadepost.adapter.client;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.api.client.SmtpClientReply;

/** Reads SMTP replies, multi-line ones included (RFC 5321 §4.2.1). */
final class ReplyReader {

  private static final int MAX_LINE = 4096;
  private static final int MAX_LINES = 100;

  private final InputStream in;
  private List<String> lastLines = List.of();

  ReplyReader(InputStream in) {
    this.in = in;
  }

  /** The next complete reply; the lines after the code are joined by a space. */
  SmtpClientReply read() throws IOException {
    List<String> lines = new ArrayList<>();
    int code;
    while (true) {
      String line = line();
      if (line.length() < 3 || !Character.isDigit(line.charAt(0))) {
        throw new IOException("Malformed reply line: " + line);
      }
      code = Integer.parseInt(line.substring(0, 3));
      lines.add(line.length() > 4 ? line.substring(4) : "");
      if (line.length() == 3 || line.charAt(3) != '-' || lines.size() >= MAX_LINES) {
        break;
      }
    }
    lastLines = List.copyOf(lines);
    return new SmtpClientReply(code, String.join(" ", lines).trim());
  }

  /** The text lines of the last reply, for EHLO keywords. */
  List<String> lastLines() {
    return lastLines;
  }

  private String line() throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new EOFException("Connection closed by the server");
      }
      if (buffer.size() < MAX_LINE) {
        buffer.write(b);
      }
    }
    String line = buffer.toString(StandardCharsets.UTF_8);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
