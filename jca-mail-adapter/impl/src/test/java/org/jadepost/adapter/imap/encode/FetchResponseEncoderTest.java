package org.jadepost.adapter.imap.encode;

import static org.assertj.core.api.Assertions.assertThat;

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
  void encodeShouldWriteCodeWhenStatusHasOne() {
    StatusResponse response =
        StatusResponse.tagged("a1", Status.NO, "No such folder").withCode("TRYCREATE");
    assertThat(ImapEncoder.encode(response))
        .isEqualTo("a1 NO [TRYCREATE] No such folder\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
