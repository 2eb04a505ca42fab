package org.jadepost.adapter.imap.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jadepost.adapter.imap.response.ImapResponse.ContinuationResponse;
import org.junit.jupiter.api.Test;

class ContinuationResponseEncoderTest {

  @Test
  void encodeShouldWritePlusAndTextWhenAskingForMore() {
    assertThat(ImapEncoder.encode(new ContinuationResponse("Ready for literal data")))
        .isEqualTo("+ Ready for literal data\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
