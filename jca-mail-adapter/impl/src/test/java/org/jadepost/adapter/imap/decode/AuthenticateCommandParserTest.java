package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.AuthenticateRequest;
import org.junit.jupiter.api.Test;

class AuthenticateCommandParserTest {

  @Test
  void parseShouldKeepTheInitialResponseWhenSaslIrIsUsed() throws Exception {
    AuthenticateRequest request =
        Parsing.parse(
            new AuthenticateCommandParser(),
            " plain AGFsaWNlAHNlY3JldA==",
            AuthenticateRequest.class);

    assertThat(request.mechanism()).isEqualTo("PLAIN");
    assertThat(request.initialResponse()).contains("AGFsaWNlAHNlY3JldA==");
  }

  @Test
  void parseShouldHaveNoInitialResponseWhenOnlyTheMechanismIsGiven() throws Exception {
    assertThat(
            Parsing.parse(new AuthenticateCommandParser(), " PLAIN", AuthenticateRequest.class)
                .initialResponse())
        .isEmpty();
  }

  @Test
  void parseShouldFailWhenTheMechanismIsMissing() {
    assertThatThrownBy(
            () -> Parsing.parse(new AuthenticateCommandParser(), "", AuthenticateRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
