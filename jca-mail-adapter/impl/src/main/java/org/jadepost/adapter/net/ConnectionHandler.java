package org.jadepost.adapter.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a connection's protocol steps one at a time off the event loop. For each step it pauses the
 * reader and turns autoRead off, hands the step to the command executor, and when the step returns
 * flushes the reply, applies what the step asked for (close, STARTTLS) and reads on. Fields are
 * touched only on the event loop.
 */
final class ConnectionHandler extends ChannelInboundHandlerAdapter {

  private static final Logger LOG = Logger.getLogger(ConnectionHandler.class.getName());

  private final ClientConnection connection;
  private final LineDecoder decoder;
  private final ProtocolHandler protocol;
  private final Executor commands;
  private final boolean admitted;
  private Channel channel;
  private boolean busy;
  private boolean connected;
  private boolean disconnected;

  ConnectionHandler(
      ClientConnection connection,
      LineDecoder decoder,
      ProtocolHandler protocol,
      Executor commands,
      boolean admitted) {
    this.admitted = admitted;
    this.connection = connection;
    this.decoder = decoder;
    this.protocol = protocol;
    this.commands = commands;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    decoder.pause();
    SslHandler tls = ctx.pipeline().get(SslHandler.class);
    if (tls == null) {
      connect();
    } else {
      // Implicit TLS: greet only clients that complete the handshake.
      tls.handshakeFuture().addListener(done -> connectIf(done.isSuccess()));
    }
    ctx.fireChannelActive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof InboundFrame frame && ctx.channel().isActive()) {
      dispatch(session -> protocol.onFrame(session, frame));
    } else {
      ReferenceCountUtil.release(msg);
    }
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof IdleStateEvent) {
      // A slow step is not client idleness; the timer fires again later.
      if (!busy && connected) {
        dispatch(protocol::onIdleTimeout);
      }
    } else {
      ctx.fireUserEventTriggered(event);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    disconnected = true;
    if (!busy) {
      disconnect();
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    boolean clientSide = cause instanceof IOException || cause.getCause() instanceof IOException;
    LOG.log(clientSide ? Level.FINE : Level.WARNING, cause, () -> "Closing " + describe());
    ctx.close();
  }

  private void connectIf(boolean handshakeDone) {
    if (handshakeDone) {
      connect();
    } else {
      channel.close();
    }
  }

  private void connect() {
    connected = true;
    if (admitted) {
      dispatch(protocol::onConnect);
    } else {
      LOG.info(() -> "Too many connections; refusing " + describe());
      dispatch(protocol::onTooManyConnections);
    }
  }

  private void dispatch(Consumer<ClientConnection> step) {
    busy = true;
    decoder.pause();
    channel.config().setAutoRead(false);
    try {
      commands.execute(() -> run(step));
    } catch (RejectedExecutionException e) {
      LOG.log(Level.WARNING, e, () -> "No worker for " + describe() + "; closing it");
      busy = false;
      channel.close();
    }
  }

  /** Runs on a worker thread. */
  private void run(Consumer<ClientConnection> step) {
    try {
      step.accept(connection);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, e, () -> "Protocol step failed on " + describe() + "; closing it");
      connection.closeAfterReply();
    } finally {
      onEventLoop(this::afterStep);
    }
  }

  private void afterStep() {
    if (disconnected) {
      ready();
      return;
    }
    switch (connection.takeAfterReply()) {
      case CLOSE -> flush().addListener(written -> close());
      case START_TLS -> startTls();
      default -> flush().addListener(written -> readNext());
    }
  }

  private void startTls() {
    int dropped = decoder.discardBuffered();
    if (dropped > 0) {
      LOG.log(
          Level.INFO,
          "Dropped {0} bytes sent after STARTTLS on {1}",
          new Object[] {dropped, describe()});
    }
    flush()
        .addListener(
            written -> {
              if (written.isSuccess()) {
                connection.upgradeToTls();
              }
              readNext();
            });
  }

  private void readNext() {
    ready();
    if (channel.isActive()) {
      decoder.resume();
      if (!busy) {
        channel.config().setAutoRead(true);
      }
    }
  }

  private void close() {
    ready();
    channel.close();
  }

  private void ready() {
    busy = false;
    if (disconnected) {
      disconnect();
    }
  }

  private void disconnect() {
    if (!connected) {
      return;
    }
    connected = false;
    try {
      commands.execute(() -> protocol.onDisconnect(connection));
    } catch (RejectedExecutionException e) {
      LOG.log(Level.FINE, "Skipped disconnect of {0}: no worker", describe());
    }
  }

  private ChannelFuture flush() {
    return channel.writeAndFlush(Unpooled.EMPTY_BUFFER);
  }

  private void onEventLoop(Runnable task) {
    try {
      channel.eventLoop().execute(task);
    } catch (RejectedExecutionException e) {
      LOG.log(Level.FINE, "Event loop gone for {0}", describe());
    }
  }

  private String describe() {
    return connection.info().listenerName() + " connection " + channel.id().asShortText();
  }
}
