package org.jadepost.adapter.imap.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.junit.jupiter.api.Test;

class DataResponseEncoderTest {

  @Test
  void encodeShouldWriteListWithQuotedNameWhenItIsAscii() {
    DataResponse list =
        DataResponse.of(
            ImapValue.atom("LIST"),
            ImapValue.list(ImapValue.atom("\\HasNoChildren"), ImapValue.atom("\\Sent")),
            ImapValue.str("/"),
            ImapValue.str("Sent \"2024\""));

    assertThat(new String(ImapEncoder.encode(list), StandardCharsets.US_ASCII))
        .isEqualTo("* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent \\\"2024\\\"\"\r\n");
  }

  @Test
  void encodeShouldWriteNumbersAndNilWhenGiven() {
    DataResponse response =
        DataResponse.of(ImapValue.atom("ID"), ImapValue.NIL, ImapValue.num(1234567890123L));

    assertThat(ImapEncoder.encode(response))
        .isEqualTo("* ID NIL 1234567890123\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
