package org.jadepost.adapter.smtp.data;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.net.InboundFrame;
import org.jadepost.adapter.net.Literal;
import org.jadepost.adapter.smtp.session.FrameContinuation;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;

/**
 * One message sent with BDAT (RFC 3030): each chunk is read as exact-size literals of at most
 * {@value #MAX_PIECE} bytes and appended as is to the {@link SpoolFile}, since chunks are not
 * dot-stuffed. The package's line-ending policy holds here too: a bare CR, bare LF or NUL refuses
 * the message with 550 5.6.0, so every spool file has CRLF line endings only.
 */
public final class ChunkReceiver implements FrameContinuation {

  /** The largest piece held in memory at once. */
  static final int MAX_PIECE = 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(ChunkReceiver.class.getName());

  private final SpoolFile spool;
  private final long maxSize;
  private long size;
  private long chunkSize;
  private long remaining;
  private boolean last;
  private int previous = -1;
  private SmtpReply refusal;

  /** A message written to {@code spool}, at most {@code maxSize} bytes. */
  public ChunkReceiver(SpoolFile spool, long maxSize) {
    this.spool = spool;
    this.maxSize = maxSize;
  }

  /**
   * Starts to read a chunk the client sends right after its BDAT command.
   *
   * @return the reply now (empty chunk, size exceeded) or {@link SmtpResponse#DEFERRED}
   */
  public SmtpResponse startChunk(SmtpSession session, long bytes, boolean lastChunk) {
    chunkSize = bytes;
    last = lastChunk;
    size += bytes;
    if (size > maxSize) {
      // RFC 1870 §6.3 and RFC 3030 §2: consume the chunk, then refuse the whole message.
      session.connection().skipLiteral(bytes);
      session.resetTransaction();
      return SmtpResponse.of(DataReceiver.TOO_BIG);
    }
    remaining = bytes;
    if (remaining == 0) {
      return endOfChunk(session);
    }
    requestPiece(session);
    session.continueWith(this);
    return SmtpResponse.DEFERRED;
  }

  @Override
  public Optional<SmtpResponse> onFrame(SmtpSession session, InboundFrame frame) {
    if (!(frame instanceof Literal literal)) {
      throw new IllegalStateException("a BDAT chunk must arrive as a literal: " + frame);
    }
    byte[] bytes = literal.bytes();
    check(bytes);
    if (refusal == null) {
      try {
        spool.write(bytes, 0, bytes.length);
      } catch (IOException e) {
        LOG.log(Level.WARNING, e, () -> "Writing spool file " + spool.path() + " failed");
        refusal = SmtpReply.LOCAL_ERROR;
      }
    }
    remaining -= bytes.length;
    if (remaining > 0) {
      requestPiece(session);
      return Optional.empty();
    }
    session.continueWith(null);
    return Optional.of(endOfChunk(session));
  }

  @Override
  public void abandon() {
    spool.discard();
  }

  private SmtpResponse endOfChunk(SmtpSession session) {
    if (last && previous == '\r') {
      refuse(DataReceiver.BAD_LINE_ENDINGS);
    }
    if (refusal != null) {
      session.resetTransaction();
      return SmtpResponse.of(refusal);
    }
    if (!last) {
      return SmtpResponse.of(250, "2.0.0", chunkSize + " octets received");
    }
    SmtpEnvelope envelope = session.envelope();
    session.chunkedMessage(null);
    session.resetTransaction();
    return SmtpResponse.of(SpooledDelivery.complete(session, envelope, spool, null));
  }

  private void requestPiece(SmtpSession session) {
    int limit = Math.min(MAX_PIECE, session.connection().maxLiteralSize());
    session.connection().expectLiteral((int) Math.min(remaining, limit));
  }

  /** Bare CR, bare LF and NUL, also across chunk boundaries. */
  private void check(byte[] bytes) {
    for (byte b : bytes) {
      boolean bad = b == 0 || (b == '\n' && previous != '\r') || (previous == '\r' && b != '\n');
      if (bad) {
        refuse(DataReceiver.BAD_LINE_ENDINGS);
      }
      previous = b;
    }
  }

  private void refuse(SmtpReply reply) {
    if (refusal == null) {
      refusal = reply;
    }
  }
}
