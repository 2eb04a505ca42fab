package org.jadepost.adapter.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDecoderTest {

  private final List<InboundFrame> frames = new ArrayList<>();

  @Test
  void decodeShouldEmitLinesWhenCrlfTerminated() {
    EmbeddedChannel channel = channel(new LineDecoder());

    send(channel, "HELO a\r\nNOOP\r\n");

    assertThat(frames).containsExactly(Line.of("HELO a"), Line.of("NOOP"));
  }

  @Test
  void decodeShouldMarkLineWhenTerminatedByBareLf() {
    EmbeddedChannel channel = channel(new LineDecoder());

    send(channel, "one\ntwo\r\n");

    assertThat(frames).containsExactly(new Line(bytes("one"), true), Line.of("two"));
  }

  @Test
  void decodeShouldEmitLineWhenCrlfSplitAcrossBuffers() {
    EmbeddedChannel channel = channel(new LineDecoder());

    send(channel, "EHLO x\r");
    assertThat(frames).isEmpty();
    send(channel, "\nQUIT\r\n");

    assertThat(frames).containsExactly(Line.of("EHLO x"), Line.of("QUIT"));
  }

  @Test
  void decodeShouldEmitLineWhenPacketsSplitMidLine() {
    EmbeddedChannel channel = channel(new LineDecoder());

    send(channel, "MAIL FR");
    send(channel, "OM:<a@b>");
    send(channel, "\r\nRC");
    send(channel, "PT TO:<c@d>\r\n");

    assertThat(frames).containsExactly(Line.of("MAIL FROM:<a@b>"), Line.of("RCPT TO:<c@d>"));
  }

  @Test
  void decodeShouldKeepRawUtf8WhenMultibyteCharacterSplitAcrossBuffers() {
    EmbeddedChannel channel = channel(new LineDecoder());
    byte[] line = "RCPT TO:<jörg@例え.jp>\r\n".getBytes(StandardCharsets.UTF_8);
    int middleOfUmlaut = "RCPT TO:<j".length() + 1;

    channel.writeInbound(Unpooled.wrappedBuffer(line, 0, middleOfUmlaut));
    channel.writeInbound(
        Unpooled.wrappedBuffer(line, middleOfUmlaut, line.length - middleOfUmlaut));

    assertThat(frames).singleElement().isInstanceOf(Line.class);
    Line decoded = (Line) frames.get(0);
    assertThat(decoded.text()).isEqualTo("RCPT TO:<jörg@例え.jp>");
    assertThat(decoded.bytes()).hasSize(line.length - 2);
  }

  @Test
  void decodeShouldAcceptLineWhenExactlyMaximumLength() {
    EmbeddedChannel channel = channel(new LineDecoder(10));

    send(channel, "0123456789\r\n0123456789\n");

    assertThat(frames).containsExactly(Line.of("0123456789"), new Line(bytes("0123456789"), true));
  }

  @Test
  void decodeShouldEmitLineTooLongAndRecoverWhenLineExceedsMaximum() {
    EmbeddedChannel channel = channel(new LineDecoder(10));

    send(channel, "0123456789A\r\nNEXT\r\n");

    assertThat(frames).containsExactly(new LineTooLong(10), Line.of("NEXT"));
  }

  @Test
  void decodeShouldEmitLineTooLongOnceWhenOversizeLineSpansBuffers() {
    EmbeddedChannel channel = channel(new LineDecoder(8));

    send(channel, "x".repeat(9));
    assertThat(frames).isEmpty();
    send(channel, "x".repeat(20));
    assertThat(frames).containsExactly(new LineTooLong(8));
    send(channel, "yyyy\r\nOK\r\n");

    assertThat(frames).containsExactly(new LineTooLong(8), Line.of("OK"));
  }

  @Test
  void decodeShouldKeepLinesAfterOversizeLineWhenAllArriveInOneBuffer() {
    EmbeddedChannel channel = channel(new LineDecoder(8));

    send(channel, "z".repeat(100) + "\r\nA\r\nB\r\n");

    assertThat(frames).containsExactly(new LineTooLong(8), Line.of("A"), Line.of("B"));
  }

  @Test
  void decodeShouldEmitLiteralWhenItSpansBuffers() {
    LineDecoder decoder = new LineDecoder();
    EmbeddedChannel channel = channel(decoder);
    send(channel, "A1 APPEND INBOX {12}\r\n");

    decoder.expectLiteral(12);
    send(channel, "Hello");
    send(channel, "\r\nWor");
    send(channel, "ld");

    assertThat(frames)
        .containsExactly(Line.of("A1 APPEND INBOX {12}"), new Literal(bytes("Hello\r\nWorld")));
  }

  @Test
  void decodeShouldEmitLineAfterLiteralWhenMoreInputFollowsInSameBuffer() {
    LineDecoder decoder = new LineDecoder();
    EmbeddedChannel channel = pausingChannel(decoder);

    send(channel, "A2 APPEND INBOX {5+}\r\nab\ncd)\r\nA3 NOOP\r\n");
    assertThat(frames).containsExactly(Line.of("A2 APPEND INBOX {5+}"));
    decoder.expectLiteral(5);
    decoder.resume();
    decoder.resume();
    decoder.resume();

    assertThat(frames)
        .containsExactly(
            Line.of("A2 APPEND INBOX {5+}"),
            new Literal(bytes("ab\ncd")),
            Line.of(")"),
            Line.of("A3 NOOP"));
  }

  @Test
  void decodeShouldHoldInputWhilePausedAndEmitItOnResume() {
    LineDecoder decoder = new LineDecoder();
    EmbeddedChannel channel = pausingChannel(decoder);

    send(channel, "ONE\r\nTWO\r\nTHR");
    assertThat(frames).containsExactly(Line.of("ONE"));
    decoder.resume();
    assertThat(frames).containsExactly(Line.of("ONE"), Line.of("TWO"));
    decoder.resume();
    send(channel, "EE\r\n");

    assertThat(frames).containsExactly(Line.of("ONE"), Line.of("TWO"), Line.of("THREE"));
  }

  @Test
  void channelReadCompleteShouldNotRequestMoreInputWhilePaused() {
    LineDecoder decoder = new LineDecoder();
    ReadCounter reads = new ReadCounter();
    EmbeddedChannel channel = new EmbeddedChannel(reads, decoder, new Recorder(decoder));
    channel.config().setAutoRead(false);
    reads.count = 0;

    send(channel, "partial");
    assertThat(reads.count).as("an incomplete line asks for more input").isEqualTo(1);
    send(channel, " line\r\nheld");
    send(channel, " while paused");

    assertThat(frames).containsExactly(Line.of("partial line"));
    assertThat(reads.count).isEqualTo(1);
  }

  @Test
  void discardBufferedShouldDropInputReceivedBeforeItWasRead() {
    LineDecoder decoder = new LineDecoder();
    EmbeddedChannel channel = pausingChannel(decoder);
    send(channel, "STARTTLS\r\nINJECTED\r\npartial");

    int dropped = decoder.discardBuffered();
    decoder.resume();
    send(channel, "CLEAN\r\n");

    assertThat(dropped).isEqualTo("INJECTED\r\npartial".length());
    assertThat(frames).containsExactly(Line.of("STARTTLS"), Line.of("CLEAN"));
  }

  @Test
  void skipShouldDropExactlyTheRefusedLiteral() {
    LineDecoder decoder = new LineDecoder();
    EmbeddedChannel channel = channel(decoder);

    decoder.skip(7);
    send(channel, "abc");
    send(channel, "\r\nfgNEXT\r\n");

    assertThat(frames).containsExactly(Line.of("NEXT"));
  }

  @Test
  void expectLiteralShouldEmitEmptyLiteralWhenSizeIsZero() {
    LineDecoder decoder = new LineDecoder();
    EmbeddedChannel channel = pausingChannel(decoder);
    send(channel, "A4 APPEND INBOX {0}\r\n\r\n");

    decoder.expectLiteral(0);
    decoder.resume();
    decoder.resume();

    assertThat(frames)
        .containsExactly(Line.of("A4 APPEND INBOX {0}"), new Literal(new byte[0]), Line.of(""));
  }

  @Test
  void expectLiteralShouldRefuseWhenALiteralIsAlreadyExpected() {
    LineDecoder decoder = new LineDecoder();
    channel(decoder);
    decoder.expectLiteral(3);

    assertThatThrownBy(() -> decoder.expectLiteral(3)).isInstanceOf(IllegalStateException.class);
  }

  private EmbeddedChannel channel(LineDecoder decoder) {
    return new EmbeddedChannel(decoder, new Recorder(null));
  }

  /** Pauses the decoder on every frame, as the connection does while a step runs. */
  private EmbeddedChannel pausingChannel(LineDecoder decoder) {
    return new EmbeddedChannel(decoder, new Recorder(decoder));
  }

  private static void send(EmbeddedChannel channel, String text) {
    channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static final class ReadCounter extends ChannelOutboundHandlerAdapter {
    private int count;

    @Override
    public void read(ChannelHandlerContext ctx) {
      count++;
      ctx.read();
    }
  }

  private final class Recorder extends ChannelInboundHandlerAdapter {
    private final LineDecoder pauseOnFrame;

    Recorder(LineDecoder pauseOnFrame) {
      this.pauseOnFrame = pauseOnFrame;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      frames.add((InboundFrame) msg);
      if (pauseOnFrame != null) {
        pauseOnFrame.pause();
      }
    }
  }
}
