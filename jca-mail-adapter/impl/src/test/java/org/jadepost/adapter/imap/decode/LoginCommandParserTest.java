package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.LoginRequest;
import org.junit.jupiter.api.Test;

class LoginCommandParserTest {

  @Test
  void parseShouldUnquoteThePasswordWhenItHasEscapes() throws Exception {
    LoginRequest request =
        Parsing.parse(
            new LoginCommandParser(), " alice@example.org \"p\\\"w 密码\"", LoginRequest.class);

    assertThat(request.user()).isEqualTo("alice@example.org");
    assertThat(request.password()).isEqualTo("p\"w 密码");
  }

  @Test
  void parseShouldReadALiteralPasswordWhenItWasInlined() throws Exception {
    LoginRequest request =
        Parsing.parse(new LoginCommandParser(), " bob {6}secret", LoginRequest.class);

    assertThat(request.password()).isEqualTo("secret");
  }

  @Test
  void parseShouldFailWhenThePasswordIsMissing() {
    assertThatThrownBy(() -> Parsing.parse(new LoginCommandParser(), " bob", LoginRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
