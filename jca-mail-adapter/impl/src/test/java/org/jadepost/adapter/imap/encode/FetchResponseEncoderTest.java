package org.jadepost.adapter.imap.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jadepost.adapter.imap.response.ImapResponse.FetchResponse;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.junit.jupiter.api.Test;

class FetchResponseEncoderTest {

  @Test
  void encodeShouldWriteLiteralWhenStringIsNotPlainAscii() {
    FetchResponse response =
        new FetchResponse(
            3,
            List.of(
                ImapValue.atom("UID"),
                ImapValue.num(7),
                ImapValue.atom("FLAGS"),
                ImapValue.list(ImapValue.atom("\\Seen")),
                ImapValue.atom("BODY[]"),
                ImapValue.str("主题\r\n"),
                ImapValue.atom("ENVELOPE"),
                ImapValue.list(ImapValue.NIL, ImapValue.str("say \"hi\""))));
    assertThat(new String(ImapEncoder.encode(response), StandardCharsets.UTF_8))
        .isEqualTo(
            "* 3 FETCH (UID 7 FLAGS (\\Seen) BODY[] {8}\r\n主题\r\n ENVELOPE (NIL \"say \\\"hi\\\"\"))\r\n");
  }

  @Test
  void encodeShouldStreamTheRangeAsALiteralWhenTheValueIsABody() {
    byte[] stored = "Subject: x\r\n\r\nHello, world\r\n".getBytes(StandardCharsets.US_ASCII);
    FetchResponse response =
        new FetchResponse(
            1,
            List.of(
                ImapValue.atom("BODY[TEXT]<7>"),
                new ImapValue.Streamed(() -> new ByteArrayInputStream(stored), 14 + 7, 5),
                ImapValue.atom("BODY[1]"),
                new ImapValue.Streamed(() -> new ByteArrayInputStream(stored), 0, 0)));
    assertThat(new String(ImapEncoder.encode(response), StandardCharsets.US_ASCII))
        .isEqualTo("* 1 FETCH (BODY[TEXT]<7> {5}\r\nworld BODY[1] {0}\r\n)\r\n");
  }

  @Test
  void writeShouldFailWhenTheStoredMessageIsShorterThanAnnounced() {
    FetchResponse response =
        new FetchResponse(
            1,
            List.of(
                ImapValue.atom("BODY[]"),
                new ImapValue.Streamed(() -> new ByteArrayInputStream(new byte[10]), 0, 11)));
    assertThatThrownBy(() -> ImapEncoder.write(response, bytes -> {}))
        .isInstanceOf(EOFException.class);
  }

  @Test
  void encodeShouldWriteCodeWhenStatusHasOne() {
    StatusResponse response =
        StatusResponse.tagged("a1", Status.NO, "No such folder").withCode("TRYCREATE");
    assertThat(ImapEncoder.encode(response))
        .isEqualTo("a1 NO [TRYCREATE] No such folder\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
