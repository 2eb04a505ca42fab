package org.jadepost.adapter.net;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Builds the pipeline of an accepted connection: TLS first for implicit TLS, then the idle timer,
 * the line/literal reader and the handler that runs protocol steps.
 */
final class ListenerChannelInitializer extends ChannelInitializer<SocketChannel> {

  private final ListenerConfiguration configuration;
  private final SslContext tls;
  private final Supplier<ProtocolHandler> protocols;
  private final Executor commands;
  private final ChannelGroup connections;
  private final ConnectionCounter counter;

  ListenerChannelInitializer(
      ListenerConfiguration configuration,
      SslContext tls,
      Supplier<ProtocolHandler> protocols,
      Executor commands,
      ChannelGroup connections) {
    this.configuration = configuration;
    this.tls = tls;
    this.protocols = protocols;
    this.commands = commands;
    this.connections = connections;
    this.counter = new ConnectionCounter(configuration.maxConnectionsPerIp());
  }

  @Override
  protected void initChannel(SocketChannel channel) {
    connections.add(channel);
    InetAddress client = channel.remoteAddress().getAddress();
    boolean admitted = counter.admit(client);
    channel.closeFuture().addListener(closed -> counter.release(client));
    boolean implicit = configuration.tlsMode() == TlsMode.IMPLICIT;
    SslContext startTls = configuration.tlsMode() == TlsMode.STARTTLS ? tls : null;
    LineDecoder decoder = new LineDecoder(configuration.maxLineLength());
    ClientConnection connection =
        new ClientConnection(channel, configuration, decoder, startTls, implicit);
    ChannelPipeline pipeline = channel.pipeline();
    if (implicit) {
      pipeline.addLast("tls", tls.newHandler(channel.alloc()));
    }
    long idleMillis = configuration.idleTimeout().toMillis();
    pipeline.addLast("idle", new IdleStateHandler(idleMillis, 0, 0, TimeUnit.MILLISECONDS));
    pipeline.addLast("reader", decoder);
    pipeline.addLast(
        "connection",
        new ConnectionHandler(connection, decoder, protocols.get(), commands, admitted));
  }
}
