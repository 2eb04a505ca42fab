package org.jadepost.adapter.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslContext;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@link ClientConnection} on a Netty {@link EmbeddedChannel}, for byte-exact tests of protocol
 * handlers without sockets: what a handler writes is read back with {@link #output()}. The embedded
 * channel has no IP address, so it counts as neither loopback nor secure.
 */
public final class EmbeddedConnection {

  private final EmbeddedChannel channel = new EmbeddedChannel();
  private final ClientConnection connection;

  /** A connection on a listener offering STARTTLS with {@code startTls}, or none when null. */
  public EmbeddedConnection(SslContext startTls) {
    ListenerConfiguration configuration =
        ListenerConfiguration.of(
            "pop3", new InetSocketAddress(0), startTls == null ? TlsMode.NONE : TlsMode.STARTTLS);
    connection = new ClientConnection(channel, configuration, new LineDecoder(), startTls, false);
  }

  /** A listener offering STARTTLS with a self-signed key kept in {@code directory}. */
  public static SslContext startTls(Path directory) throws Exception {
    return new TlsContextProvider(
            new TlsSettings(Optional.empty(), "", "localhost", directory.resolve("tls.p12")))
        .serverContext();
  }

  /** The connection handlers write to. */
  public ClientConnection connection() {
    return connection;
  }

  /** Everything written and flushed since the last call, as bytes. */
  public byte[] output() {
    channel.flush();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (ByteBuf buffer = channel.readOutbound(); buffer != null; buffer = channel.readOutbound()) {
      byte[] chunk = new byte[buffer.readableBytes()];
      buffer.readBytes(chunk);
      bytes.writeBytes(chunk);
      buffer.release();
    }
    return bytes.toByteArray();
  }

  /** What the step asked to happen after its reply: READ_NEXT, CLOSE or START_TLS. */
  public String afterReply() {
    return connection.takeAfterReply().name();
  }
}
