package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.SimpleRequest;
import org.junit.jupiter.api.Test;

class SimpleCommandParserTest {

  @Test
  void parseShouldNameTheCommandWhenNothingFollows() throws Exception {
    SimpleRequest request = Parsing.parse(new SimpleCommandParser("NOOP"), "", SimpleRequest.class);

    assertThat(request).isEqualTo(new SimpleRequest("a1", "NOOP"));
  }

  @Test
  void parseShouldFailWhenArgumentsFollow() {
    assertThatThrownBy(
            () -> Parsing.parse(new SimpleCommandParser("CHECK"), " now", SimpleRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
