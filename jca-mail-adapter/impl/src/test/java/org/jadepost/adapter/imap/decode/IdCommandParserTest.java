package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jadepost.adapter.imap.request.IdRequest;
import org.junit.jupiter.api.Test;

class IdCommandParserTest {

  @Test
  void parseShouldReadPairsWhenAValueIsNil() throws Exception {
    IdRequest request =
        Parsing.parse(
            new IdCommandParser(), " (\"name\" \"Foxmail\" \"version\" NIL)", IdRequest.class);

    assertThat(request.parameters()).isEqualTo(Map.of("name", "Foxmail", "version", ""));
  }

  @Test
  void parseShouldGiveNoParametersWhenTheListIsNil() throws Exception {
    assertThat(Parsing.parse(new IdCommandParser(), " NIL", IdRequest.class).parameters())
        .isEmpty();
  }

  @Test
  void parseShouldFailWhenTheListIsUnbalanced() {
    assertThatThrownBy(
            () -> Parsing.parse(new IdCommandParser(), " (\"name\" \"x\"", IdRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
