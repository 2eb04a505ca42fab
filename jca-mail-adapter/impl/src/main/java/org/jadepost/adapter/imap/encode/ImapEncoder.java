package org.jadepost.adapter.imap.encode;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jadepost.adapter.imap.response.ImapResponse;
import org.jadepost.adapter.imap.response.ImapValue;

/**
 * The one place IMAP responses become bytes: picks the encoder of each response type, and streams
 * the bodies of message literals from the store in chunks, so a 25 MB BODY[] never sits in memory.
 */
public final class ImapEncoder {

  /** The size of one piece of a streamed literal. */
  static final int CHUNK = 64 * 1024;

  /** Where encoded bytes go; may block to pace a slow reader. */
  @FunctionalInterface
  public interface Output {
    /** Takes {@code bytes}, which the caller does not touch again. */
    void write(byte[] bytes) throws IOException;
  }

  private ImapEncoder() {}

  /** The bytes of {@code response}, CRLF and any streamed literal included, in memory. */
  public static byte[] encode(ImapResponse response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(response, out::writeBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes {@code response} to {@code out} in pieces.
   *
   * @throws IOException if a message cannot be read or is shorter than announced; the literal is
   *     then incomplete and the connection must be closed
   */
  public static void write(ImapResponse response, Output out) throws IOException {
    ResponseBuffer buffer = new ResponseBuffer();
    if (response instanceof ImapResponse.StatusResponse s) {
      StatusResponseEncoder.encode(s, buffer);
    } else if (response instanceof ImapResponse.ContinuationResponse c) {
      ContinuationResponseEncoder.encode(c, buffer);
    } else if (response instanceof ImapResponse.DataResponse d) {
      DataResponseEncoder.encode(d, buffer);
    } else if (response instanceof ImapResponse.FetchResponse f) {
      FetchResponseEncoder.encode(f, buffer);
    }
    for (ResponseBuffer.Segment segment : buffer.segments()) {
      if (segment instanceof ResponseBuffer.Bytes bytes) {
        out.write(bytes.bytes());
      } else if (segment instanceof ResponseBuffer.Body body) {
        copy(body.value(), out);
      }
    }
  }

  private static void copy(ImapValue.Streamed value, Output out) throws IOException {
    if (value.length() == 0) {
      return;
    }
    try (InputStream in = value.content().open()) {
      in.skipNBytes(value.offset());
      long remaining = value.length();
      while (remaining > 0) {
        byte[] chunk = new byte[(int) Math.min(CHUNK, remaining)];
        int read = in.readNBytes(chunk, 0, chunk.length);
        if (read < chunk.length) {
          throw new EOFException("The message is shorter than its announced literal");
        }
        out.write(chunk);
        remaining -= read;
      }
    }
  }
}
