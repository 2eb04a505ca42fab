package org.jadepost.adapter.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * One bound listener: a server socket on the configured address whose connections each get a fresh
 * {@link ProtocolHandler}. Closing it unbinds the port and closes its open connections.
 */
public final class Acceptor implements AutoCloseable {

  private static final int BACKLOG = 128;

  private final Channel serverChannel;
  private final ChannelGroup connections;

  private Acceptor(Channel serverChannel, ChannelGroup connections) {
    this.serverChannel = serverChannel;
    this.connections = connections;
  }

  /**
   * Binds a listener.
   *
   * @param group the event loops that accept and serve connections
   * @param commands runs protocol steps; it must not be an event loop
   * @param configuration the resolved listener settings
   * @param tls the server TLS context; required unless the TLS mode is {@link TlsMode#NONE}
   * @param protocols creates the handler of each new connection
   * @throws IOException if the address cannot be bound, for example because it is in use
   */
  public static Acceptor open(
      EventLoopGroup group,
      Executor commands,
      ListenerConfiguration configuration,
      SslContext tls,
      Supplier<ProtocolHandler> protocols)
      throws IOException {
    if (configuration.tlsMode() != TlsMode.NONE) {
      Objects.requireNonNull(tls, "TLS mode " + configuration.tlsMode() + " needs a TLS context");
    }
    ChannelGroup connections = new DefaultChannelGroup(configuration.name(), group.next());
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, BACKLOG)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ListenerChannelInitializer(
                    configuration, tls, protocols, commands, connections));
    ChannelFuture bound = bootstrap.bind(configuration.address()).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      throw new IOException("Cannot bind " + configuration.address(), bound.cause());
    }
    return new Acceptor(bound.channel(), connections);
  }

  /** The address actually bound, which tells the port when port 0 was configured. */
  public InetSocketAddress localAddress() {
    return (InetSocketAddress) serverChannel.localAddress();
  }

  /**
   * Unbinds the port, then closes open connections, and waits for both. The JDK releases a
   * listening socket registered with a selector only when that selector next runs, so the port may
   * be refused a moment after this method returns rather than at once.
   */
  @Override
  public void close() {
    serverChannel.close().awaitUninterruptibly();
    // Closing queued the deregistration on the event loop; once it has run, the selector's next
    // pass releases the socket.
    serverChannel.eventLoop().submit(() -> {}).awaitUninterruptibly();
    connections.close().awaitUninterruptibly();
  }
}
