package org.jadepost.adapter.imap.encode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.imap.response.ImapValue;

/**
 * Collects the bytes of one response, cut where a streamed literal's body goes: the encoders write
 * the literal's {@code {n}CRLF} here and the body is copied from the store only when the response
 * is sent.
 */
final class ResponseBuffer extends ByteArrayOutputStream {

  /** One piece of an encoded response. */
  sealed interface Segment {}

  /** Bytes already encoded. */
  record Bytes(byte[] bytes) implements Segment {}

  /** A literal's body, to stream. */
  record Body(ImapValue.Streamed value) implements Segment {}

  private final List<Segment> segments = new ArrayList<>();

  /** Appends a literal body after the bytes written so far. */
  void stream(ImapValue.Streamed value) {
    cut();
    segments.add(new Body(value));
  }

  /** The pieces in order. */
  List<Segment> segments() {
    cut();
    return segments;
  }

  private void cut() {
    if (size() > 0) {
      segments.add(new Bytes(toByteArray()));
      reset();
    }
  }
}
