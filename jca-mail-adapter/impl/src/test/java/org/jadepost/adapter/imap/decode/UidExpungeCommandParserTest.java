package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.UidExpungeRequest;
import org.junit.jupiter.api.Test;

class UidExpungeCommandParserTest {

  @Test
  void parseShouldReadTheUidSetWhenItHasRanges() throws Exception {
    UidExpungeRequest request =
        Parsing.parse(new UidExpungeCommandParser(), " 3:5,9", UidExpungeRequest.class);

    assertThat(request.set().ranges()).containsExactly(new long[] {3, 5}, new long[] {9, 9});
  }

  @Test
  void parseShouldFailWhenTheSetIsMissing() {
    assertThatThrownBy(
            () -> Parsing.parse(new UidExpungeCommandParser(), "", UidExpungeRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
