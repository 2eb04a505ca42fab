package org.jadepost.adapter.imap.encode;

import java.nio.charset.StandardCharsets;
import org.jadepost.adapter.imap.response.ImapValue;

/**
 * Writes {@link ImapValue}s (RFC 3501 §4): a string goes out quoted when it is short printable
 * ASCII, else as a literal {@code {n}CRLF bytes}, which is valid for any bytes; a message body is
 * always a literal whose bytes are streamed when the response is sent.
 */
final class ValueEncoder {

  private static final int MAX_QUOTED = 1024;

  private ValueEncoder() {}

  static void write(ImapValue value, ResponseBuffer out) {
    if (value instanceof ImapValue.Num n) {
      ascii(Long.toString(n.value()), out);
    } else if (value instanceof ImapValue.Atom a) {
      out.writeBytes(a.text().getBytes(StandardCharsets.UTF_8));
    } else if (value instanceof ImapValue.Str s) {
      string(s.bytes(), out);
    } else if (value instanceof ImapValue.Streamed s) {
      ascii("{" + s.length() + "}\r\n", out); // RFC 3501 §4.3: a body is always a literal
      out.stream(s);
    } else if (value instanceof ImapValue.ListOf l) {
      out.write('(');
      writeAll(l.values(), out);
      out.write(')');
    } else {
      ascii("NIL", out);
    }
  }

  static void writeAll(java.util.List<ImapValue> values, ResponseBuffer out) {
    boolean first = true;
    for (ImapValue value : values) {
      if (!first) {
        out.write(' ');
      }
      first = false;
      write(value, out);
    }
  }

  static void ascii(String text, ResponseBuffer out) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static void string(byte[] bytes, ResponseBuffer out) {
    if (quotable(bytes)) {
      out.write('"');
      for (byte b : bytes) {
        if (b == '"' || b == '\\') {
          out.write('\\');
        }
        out.write(b);
      }
      out.write('"');
    } else {
      ascii("{" + bytes.length + "}\r\n", out);
      out.writeBytes(bytes);
    }
  }

  private static boolean quotable(byte[] bytes) {
    if (bytes.length > MAX_QUOTED) {
      return false;
    }
    for (byte b : bytes) {
      if (b < 0x20 || b > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
