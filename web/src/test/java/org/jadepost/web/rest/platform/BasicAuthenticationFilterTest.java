package org.jadepost.web.rest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicAuthenticationFilterTest {

  @Test
  void parseShouldDecodeUtf8CredentialsWithColonInPassword() {
    String header =
        "Basic "
            + Base64.getEncoder().encodeToString("王@例子.中国:pa:ss密".getBytes(StandardCharsets.UTF_8));

    assertThat(BasicAuthenticationFilter.parse(header))
        .hasValueSatisfying(c -> assertThat(c).containsExactly("王@例子.中国", "pa:ss密"));
  }

  @Test
  void parseShouldRejectOtherSchemesAndGarbage() {
    assertThat(BasicAuthenticationFilter.parse(null)).isEmpty();
    assertThat(BasicAuthenticationFilter.parse("Bearer abc")).isEmpty();
    assertThat(BasicAuthenticationFilter.parse("Basic !!!not-base64")).isEmpty();
    assertThat(
            BasicAuthenticationFilter.parse(
                "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes())))
        .isEmpty();
  }
}
