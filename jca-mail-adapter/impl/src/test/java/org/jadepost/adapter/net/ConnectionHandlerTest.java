package org.jadepost.adapter.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionHandlerTest {

  private final Deque<Runnable> steps = new ArrayDeque<>();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private ClientConnection connection;

  @Test
  void dispatchShouldHandOverPipelinedLinesOneAtATimeInOrder() {
    EmbeddedChannel channel = connectedChannel(null);

    channel.writeInbound(text("A\r\nB\r\nC\r\n"));
    for (int i = 0; i < 3; i++) {
      assertThat(steps).hasSize(1);
      assertThat(channel.config().isAutoRead()).isFalse();
      runNextStep(channel);
    }

    assertThat(steps).isEmpty();
    assertThat(seen).containsExactly("connect", "A", "B", "C");
    assertThat(outbound(channel)).isEqualTo("OK A\r\nOK B\r\nOK C\r\n");
    assertThat(channel.config().isAutoRead()).isTrue();
  }

  @Test
  void startTlsShouldDropInputSentAfterTheCommandAndPutTlsFirst(@TempDir Path home)
      throws Exception {
    SslContext tls = new TlsContextProvider(settings(home)).serverContext();
    EmbeddedChannel channel = connectedChannel(tls);

    channel.writeInbound(text("STARTTLS\r\nINJECTED\r\n"));
    runNextStep(channel);

    assertThat(outbound(channel)).isEqualTo("GO\r\n");
    assertThat(channel.pipeline().first()).isInstanceOf(SslHandler.class);
    assertThat(seen).containsExactly("connect", "STARTTLS");
    assertThat(connection.info().secure()).isTrue();
    assertThat(connection.isStartTlsAvailable()).isFalse();
    assertThat(steps).isEmpty();
    assertThat(channel.config().isAutoRead()).isTrue();
  }

  @Test
  void closeAfterReplyShouldFlushTheReplyThenClose() {
    EmbeddedChannel channel = connectedChannel(null);

    channel.writeInbound(text("QUIT\r\nNEVER\r\n"));
    runNextStep(channel);

    assertThat(outbound(channel)).isEqualTo("BYE\r\n");
    assertThat(channel.isOpen()).isFalse();
    runNextStep(channel);
    assertThat(seen).containsExactly("connect", "QUIT", "disconnect");
  }

  @Test
  void stepFailureShouldCloseTheConnectionWithoutReply() {
    EmbeddedChannel channel = connectedChannel(null);

    channel.writeInbound(text("CRASH\r\n"));
    runNextStep(channel);

    assertThat(outbound(channel)).isEmpty();
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void idleTimeoutShouldWaitWhileAStepIsRunning() {
    EmbeddedChannel channel = connectedChannel(null);
    channel.writeInbound(text("SLOW\r\n"));

    channel.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
    assertThat(steps).hasSize(1);
    runNextStep(channel);
    channel.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
    runNextStep(channel);

    assertThat(seen).containsExactly("connect", "SLOW", "idle");
    assertThat(outbound(channel)).isEqualTo("OK SLOW\r\nBYE idle\r\n");
    assertThat(channel.isOpen()).isFalse();
  }

  /** A channel whose greeting step has run and whose greeting was read. */
  private EmbeddedChannel connectedChannel(SslContext startTls) {
    ListenerConfiguration configuration =
        ListenerConfiguration.of(
            "test", new InetSocketAddress(0), startTls == null ? TlsMode.NONE : TlsMode.STARTTLS);
    EmbeddedChannel channel =
        new EmbeddedChannel(
            new ChannelInitializer<Channel>() {
              @Override
              protected void initChannel(Channel ch) {
                LineDecoder decoder = new LineDecoder();
                connection = new ClientConnection(ch, configuration, decoder, startTls, false);
                ch.pipeline()
                    .addLast(
                        decoder,
                        new ConnectionHandler(connection, decoder, new Script(), steps::add, true));
              }
            });
    runNextStep(channel);
    assertThat(outbound(channel)).isEqualTo("HELLO\r\n");
    return channel;
  }

  /** Runs one queued protocol step as a worker would, then the event loop's follow-up. */
  private void runNextStep(EmbeddedChannel channel) {
    steps.removeFirst().run();
    channel.runPendingTasks();
  }

  private static String outbound(EmbeddedChannel channel) {
    StringBuilder text = new StringBuilder();
    for (ByteBuf buffer = channel.readOutbound(); buffer != null; buffer = channel.readOutbound()) {
      text.append(buffer.toString(StandardCharsets.UTF_8));
      buffer.release();
    }
    return text.toString();
  }

  private static ByteBuf text(String text) {
    return Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
  }

  private static TlsSettings settings(Path home) {
    return new TlsSettings(Optional.empty(), "", "localhost", home.resolve("tls.p12"));
  }

  /** Replies OK to anything, with a few commands that exercise the connection's controls. */
  private final class Script implements ProtocolHandler {
    @Override
    public void onConnect(ClientConnection connection) {
      seen.add("connect");
      connection.writeLine("HELLO");
    }

    @Override
    public void onFrame(ClientConnection connection, InboundFrame frame) {
      String line = ((Line) frame).text();
      seen.add(line);
      switch (line) {
        case "STARTTLS" -> {
          connection.writeLine("GO");
          connection.startTlsAfterReply();
        }
        case "QUIT" -> {
          connection.writeLine("BYE");
          connection.closeAfterReply();
        }
        case "CRASH" -> throw new IllegalStateException("protocol failure for the test");
        default -> connection.writeLine("OK " + line);
      }
    }

    @Override
    public void onIdleTimeout(ClientConnection connection) {
      seen.add("idle");
      connection.writeLine("BYE idle");
      connection.closeAfterReply();
    }

    @Override
    public void onDisconnect(ClientConnection connection) {
      seen.add("disconnect");
    }
  }
}
