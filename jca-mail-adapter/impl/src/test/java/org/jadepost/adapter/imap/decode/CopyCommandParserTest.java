package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.CopyRequest;
import org.jadepost.adapter.imap.request.SequenceSet;
import org.junit.jupiter.api.Test;

class CopyCommandParserTest {

  @Test
  void parseShouldReadSetAndTargetWhenMovingByUid() throws Exception {
    CopyRequest request =
        Parsing.parse(new CopyCommandParser(true, true), " 1:3,7:* Trash", CopyRequest.class);

    assertThat(request.uid()).isTrue();
    assertThat(request.move()).isTrue();
    assertThat(request.command()).isEqualTo("UID MOVE");
    assertThat(request.set().ranges())
        .containsExactly(new long[] {1, 3}, new long[] {7, SequenceSet.STAR});
    assertThat(request.mailbox()).isEqualTo("Trash");
  }

  @Test
  void parseShouldFailWhenTheTargetIsMissing() {
    assertThatThrownBy(
            () -> Parsing.parse(new CopyCommandParser(false, false), " 1", CopyRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
