package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.EnableRequest;
import org.junit.jupiter.api.Test;

class EnableCommandParserTest {

  @Test
  void parseShouldUpperCaseEveryCapabilityWhenSeveralAreGiven() throws Exception {
    EnableRequest request =
        Parsing.parse(new EnableCommandParser(), " qresync UTF8=ACCEPT", EnableRequest.class);

    assertThat(request.capabilities()).containsExactly("QRESYNC", "UTF8=ACCEPT");
  }

  @Test
  void parseShouldFailWhenNoCapabilityIsGiven() {
    assertThatThrownBy(() -> Parsing.parse(new EnableCommandParser(), "", EnableRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
