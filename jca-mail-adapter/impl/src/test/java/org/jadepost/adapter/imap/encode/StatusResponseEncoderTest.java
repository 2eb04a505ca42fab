package org.jadepost.adapter.imap.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.junit.jupiter.api.Test;

class StatusResponseEncoderTest {

  @Test
  void encodeShouldWriteUntaggedWithCodeWhenUntagged() {
    assertThat(ImapEncoder.encode(StatusResponse.untagged(Status.OK, "UIDNEXT 4", "Predicted")))
        .isEqualTo("* OK [UIDNEXT 4] Predicted\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void encodeShouldReplaceLineBreaksWhenTheTextHasThem() {
    assertThat(ImapEncoder.encode(StatusResponse.tagged("a2", Status.BAD, "bad\r\n* OK forged")))
        .isEqualTo("a2 BAD bad  * OK forged\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
