package org.jadepost.adapter.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotStufferTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<Integer> chunks = new ArrayList<>();

  @Test
  void sendShouldStuffLeadingDotsAndTerminate() throws IOException {
    assertThat(send(".a\r\nb.\r\n..c\r\n.\r\n", -1)).isEqualTo("..a\r\nb.\r\n...c\r\n..\r\n.\r\n");
  }

  @Test
  void sendShouldTurnBareLineFeedsIntoCrlfAndEndTheLastLine() throws IOException {
    assertThat(send("a\nb\r\nc", -1)).isEqualTo("a\r\nb\r\nc\r\n.\r\n");
    assertThat(send("a\r", -1)).isEqualTo("a\r\n.\r\n");
  }

  @Test
  void sendShouldSendOnlyTheTerminatorForAnEmptyMessage() throws IOException {
    assertThat(send("", -1)).isEqualTo(".\r\n");
  }

  @Test
  void sendShouldStopAfterTheHeaderAndTheRequestedBodyLinesForTop() throws IOException {
    String message = "A: 1\r\nB: 2\r\n\r\nl1\r\n.l2\r\nl3\r\n";
    assertThat(send(message, 0)).isEqualTo("A: 1\r\nB: 2\r\n\r\n.\r\n");
    assertThat(send(message, 2)).isEqualTo("A: 1\r\nB: 2\r\n\r\nl1\r\n..l2\r\n.\r\n");
    assertThat(send(message, 99)).isEqualTo(message.replace(".l2", "..l2") + ".\r\n");
    assertThat(send("A: 1\r\nB: 2\r\n", 0)).isEqualTo("A: 1\r\nB: 2\r\n.\r\n");
  }

  @Test
  void sendShouldStreamALargeMessageInBoundedChunksByteForByte() throws IOException {
    StringBuilder message = new StringBuilder();
    for (int i = 0; message.length() < 3 * 1024 * 1024; i++) {
      message.append(i % 7 == 0 ? "." : "").append("line ").append(i).append("\r\n");
    }
    String stuffed = message.toString().replace("\r\n.", "\r\n..").replaceFirst("^\\.", "..");

    assertThat(send(message.toString(), -1)).isEqualTo(stuffed + ".\r\n");
    assertThat(chunks).hasSizeGreaterThan(10).allMatch(size -> size <= 3 * DotStuffer.CHUNK);
  }

  @Test
  void sendShouldStopWhenTheClientIsGone() throws IOException {
    DotStuffer stuffer = new DotStuffer(chunk -> false, -1);
    byte[] large = "x\r\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    assertThat(stuffer.send(new ByteArrayInputStream(large))).isFalse();
  }

  private String send(String message, long bodyLines) throws IOException {
    out.reset();
    DotStuffer stuffer =
        new DotStuffer(
            chunk -> {
              chunks.add(chunk.length);
              out.writeBytes(chunk);
              return true;
            },
            bodyLines);
    assertThat(stuffer.send(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8))))
        .isTrue();
    return out.toString(StandardCharsets.UTF_8);
  }
}
