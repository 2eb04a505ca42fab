package org.jadepost.adapter.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.ByteProcessor;
import java.util.List;

/**
 * Splits client input into {@link Line}s terminated by CRLF or a bare LF, reports over-long lines
 * as {@link LineTooLong} and, on request, reads an exact number of bytes as a {@link Literal}.
 *
 * <p>The reader can be paused: while paused it keeps input buffered and emits nothing. The
 * connection pauses it for every frame it hands to a protocol, so the protocol can switch the
 * reader to literal mode or start TLS before a single further byte is interpreted. All methods must
 * be called on the channel's event loop.
 */
public final class LineDecoder extends ByteToMessageDecoder {

  /** Default line limit in bytes, without the terminator. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 8192;

  /** The largest {@link LiteralChunk} of a streamed literal. */
  public static final int MAX_CHUNK_SIZE = 64 * 1024;

  private static final byte CR = '\r';

  private final int maxLineLength;
  private ChannelHandlerContext context;
  private boolean paused;
  private boolean discardingLine;
  private boolean emptyLiteralPending;
  private int literalRemaining;
  private long streamRemaining;
  private long skipRemaining;

  /** A reader with the default line limit. */
  public LineDecoder() {
    this(DEFAULT_MAX_LINE_LENGTH);
  }

  /** A reader that reports lines longer than {@code maxLineLength} bytes as too long. */
  public LineDecoder(int maxLineLength) {
    if (maxLineLength < 1) {
      throw new IllegalArgumentException("maxLineLength must be positive: " + maxLineLength);
    }
    this.maxLineLength = maxLineLength;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.context = ctx;
  }

  /** Stops emitting frames; input stays buffered until {@link #resume()}. */
  public void pause() {
    paused = true;
  }

  /** Emits frames again, starting with any complete frame already buffered. */
  public void resume() {
    paused = false;
    if (emptyLiteralPending) {
      emptyLiteralPending = false;
      context.fireChannelRead(new Literal(new byte[0]));
    } else if (context != null && internalBuffer().isReadable()) {
      try {
        channelRead(context, Unpooled.EMPTY_BUFFER);
      } catch (Exception e) {
        context.fireExceptionCaught(e);
      }
    }
  }

  /** Whether frames are currently held back. */
  public boolean isPaused() {
    return paused;
  }

  /** Reads the next {@code size} bytes as one {@link Literal} instead of as lines. */
  public void expectLiteral(int size) {
    requireLineMode(size);
    if (size == 0) {
      emptyLiteralPending = true;
    } else {
      literalRemaining = size;
    }
  }

  /**
   * Reads the next {@code size} bytes as {@link LiteralChunk}s of at most {@value #MAX_CHUNK_SIZE}
   * bytes, so a large literal (IMAP APPEND) never sits in memory whole.
   */
  public void expectStreamedLiteral(long size) {
    requireLineMode(size);
    if (size == 0) {
      emptyLiteralPending = true;
    } else {
      streamRemaining = size;
    }
  }

  /** Drops the next {@code size} bytes, for a literal the protocol refused but must consume. */
  public void skip(long size) {
    requireLineMode(size);
    skipRemaining = size;
  }

  /**
   * Drops everything buffered and returns to line mode. STARTTLS calls this so that plaintext sent
   * after the command cannot be taken as protected input (RFC 3207 §4, CVE-2011-0411).
   *
   * @return the number of bytes dropped
   */
  public int discardBuffered() {
    ByteBuf buffered = internalBuffer();
    int dropped = buffered.readableBytes();
    buffered.skipBytes(dropped);
    discardingLine = false;
    emptyLiteralPending = false;
    literalRemaining = 0;
    streamRemaining = 0;
    skipRemaining = 0;
    return dropped;
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
    if (paused) {
      // The base class would request another read when nothing was decoded; while paused that
      // would buffer a pipelining client's input without bound.
      ctx.fireChannelReadComplete();
    } else {
      super.channelReadComplete(ctx);
    }
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (paused) {
      return;
    }
    if (skipRemaining > 0) {
      int skipped = (int) Math.min(skipRemaining, in.readableBytes());
      in.skipBytes(skipped);
      skipRemaining -= skipped;
    } else if (literalRemaining > 0) {
      readLiteral(in, out);
    } else if (streamRemaining > 0) {
      readChunk(in, out);
    } else if (discardingLine) {
      discardRestOfLine(in);
    } else {
      readLine(in, out);
    }
  }

  private void readLiteral(ByteBuf in, List<Object> out) {
    if (in.readableBytes() >= literalRemaining) {
      byte[] bytes = new byte[literalRemaining];
      in.readBytes(bytes);
      literalRemaining = 0;
      out.add(new Literal(bytes));
    }
  }

  private void readChunk(ByteBuf in, List<Object> out) {
    int size = (int) Math.min(Math.min(streamRemaining, in.readableBytes()), MAX_CHUNK_SIZE);
    if (size > 0) {
      byte[] bytes = new byte[size];
      in.readBytes(bytes);
      streamRemaining -= size;
      out.add(new LiteralChunk(bytes, streamRemaining == 0));
    }
  }

  private void readLine(ByteBuf in, List<Object> out) {
    // A valid line has at most maxLineLength bytes, then CR and LF.
    int window = (int) Math.min(in.readableBytes(), maxLineLength + 2L);
    int lf = in.forEachByte(in.readerIndex(), window, ByteProcessor.FIND_LF);
    if (lf < 0) {
      if (window == maxLineLength + 2L) {
        in.skipBytes(window);
        discardingLine = true;
        out.add(new LineTooLong(maxLineLength));
      }
      return;
    }
    int length = lf - in.readerIndex();
    boolean crlf = length > 0 && in.getByte(lf - 1) == CR;
    int contentLength = crlf ? length - 1 : length;
    if (contentLength > maxLineLength) {
      in.skipBytes(length + 1);
      out.add(new LineTooLong(maxLineLength));
      return;
    }
    byte[] bytes = new byte[contentLength];
    in.readBytes(bytes);
    in.skipBytes(length + 1 - contentLength);
    out.add(new Line(bytes, !crlf));
  }

  private void discardRestOfLine(ByteBuf in) {
    int lf = in.forEachByte(ByteProcessor.FIND_LF);
    if (lf < 0) {
      in.skipBytes(in.readableBytes());
    } else {
      in.readerIndex(lf + 1);
      discardingLine = false;
    }
  }

  private void requireLineMode(long size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
    if (literalRemaining > 0 || streamRemaining > 0 || skipRemaining > 0 || emptyLiteralPending) {
      throw new IllegalStateException("a literal is already expected");
    }
  }
}
