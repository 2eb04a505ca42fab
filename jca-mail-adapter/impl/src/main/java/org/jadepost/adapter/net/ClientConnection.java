package org.jadepost.adapter.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jadepost.adapter.api.ConnectionInfo;

/**
 * The session object a {@link ProtocolHandler} uses to answer its client: write replies, close
 * after the reply, upgrade to TLS after the reply, or ask for a literal.
 *
 * <p>Writes are queued and flushed when the handler returns. Whatever the handler asks to happen
 * "after the reply" happens once everything it wrote is on the wire; until then the connection
 * reads nothing, so pipelined input waits in the reader. Methods may be called from any thread.
 */
public final class ClientConnection {

  /** What the connection does once the reply of the current step is flushed. */
  enum AfterReply {
    READ_NEXT,
    CLOSE,
    START_TLS
  }

  /** How long {@link #writePaced(byte[])} waits for a client that reads nothing. */
  public static final Duration PACE_TIMEOUT = Duration.ofMinutes(2);

  private final Channel channel;
  private final String listenerName;
  private final LineDecoder decoder;
  private final int maxLiteralSize;
  private final SslContext startTlsContext;
  private volatile boolean secure;
  private volatile AfterReply afterReply = AfterReply.READ_NEXT;

  ClientConnection(
      Channel channel,
      ListenerConfiguration configuration,
      LineDecoder decoder,
      SslContext startTlsContext,
      boolean secure) {
    this.channel = channel;
    this.listenerName = configuration.name();
    this.maxLiteralSize = configuration.maxLiteralSize();
    this.decoder = decoder;
    this.startTlsContext = startTlsContext;
    this.secure = secure;
  }

  /** What MDBs are told about this connection; {@code secure} reflects the current state. */
  public ConnectionInfo info() {
    return new ConnectionInfo(
        channel.id().asShortText(),
        listenerName,
        inet(channel.remoteAddress()),
        inet(channel.localAddress()),
        secure);
  }

  /**
   * Queues one reply line and its CRLF.
   *
   * @throws IllegalArgumentException if the line contains CR or LF, which would let echoed data
   *     forge extra replies
   */
  public void writeLine(String line) {
    if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("reply line contains a line break");
    }
    write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Queues raw bytes, for example a message body the protocol already encoded. */
  public void write(byte[] bytes) {
    channel.write(Unpooled.wrappedBuffer(bytes));
  }

  /**
   * Queues bytes like {@link #write(byte[])}, but when the client reads slower than the server
   * writes (Netty's outbound buffer is over its high-water mark) flushes and waits until these
   * bytes are on the wire, so a long response streamed in pieces holds about one piece in memory.
   * Called from a worker thread; on the event loop it never waits.
   *
   * @throws IOException if the connection closed or the client read nothing for {@link
   *     #PACE_TIMEOUT}
   */
  public void writePaced(byte[] bytes) throws IOException {
    ChannelFuture written = channel.write(Unpooled.wrappedBuffer(bytes));
    if (channel.isWritable() || channel.eventLoop().inEventLoop()) {
      return;
    }
    channel.flush();
    try {
      if (!written.await(PACE_TIMEOUT.toMillis())) {
        channel.close();
        throw new IOException("The client read nothing for " + PACE_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while the client was reading");
    }
    if (!written.isSuccess()) {
      throw new IOException("The connection closed while writing", written.cause());
    }
  }

  /** Sends what is queued now, for long responses written in parts. */
  public void flush() {
    channel.flush();
  }

  /** Closes the connection once the reply is written. */
  public void closeAfterReply() {
    afterReply = AfterReply.CLOSE;
  }

  /**
   * Whether {@link #startTlsAfterReply()} is allowed: the listener offers STARTTLS and TLS is off.
   */
  public boolean isStartTlsAvailable() {
    return startTlsContext != null && !secure;
  }

  /**
   * Starts the TLS handshake once the reply (the protocol's "go ahead") is written. Input the
   * client sent after the command is dropped, not read as protected (RFC 3207 §4).
   *
   * @throws IllegalStateException if STARTTLS is not available
   */
  public void startTlsAfterReply() {
    if (!isStartTlsAvailable()) {
      throw new IllegalStateException("STARTTLS is not available on this connection");
    }
    afterReply = AfterReply.START_TLS;
  }

  /** The largest literal {@link #expectLiteral(int)} accepts. */
  public int maxLiteralSize() {
    return maxLiteralSize;
  }

  /**
   * Makes the next frame a {@link Literal} of exactly {@code size} bytes.
   *
   * @throws IllegalArgumentException if {@code size} exceeds {@link #maxLiteralSize()}
   */
  public void expectLiteral(int size) {
    if (size > maxLiteralSize) {
      throw new IllegalArgumentException("literal of " + size + " bytes exceeds the limit");
    }
    channel.eventLoop().execute(() -> decoder.expectLiteral(size));
  }

  /**
   * Makes the next frames {@link LiteralChunk}s of a literal of {@code size} bytes; the protocol
   * enforces its own limit before calling this.
   */
  public void expectStreamedLiteral(long size) {
    channel.eventLoop().execute(() -> decoder.expectStreamedLiteral(size));
  }

  /** Drops the next {@code size} bytes, for a non-synchronizing literal the protocol refused. */
  public void skipLiteral(long size) {
    channel.eventLoop().execute(() -> decoder.skip(size));
  }

  AfterReply takeAfterReply() {
    AfterReply next = afterReply;
    afterReply = AfterReply.READ_NEXT;
    return next;
  }

  /** Puts TLS in front of the pipeline; runs on the event loop after the go-ahead was flushed. */
  void upgradeToTls() {
    SslHandler tls = startTlsContext.newHandler(channel.alloc());
    channel.pipeline().addFirst("tls", tls);
    secure = true;
    tls.handshakeFuture()
        .addListener(
            handshake -> {
              if (!handshake.isSuccess()) {
                channel.close();
              }
            });
  }

  private static InetSocketAddress inet(SocketAddress address) {
    return address instanceof InetSocketAddress inet ? inet : null;
  }
}
