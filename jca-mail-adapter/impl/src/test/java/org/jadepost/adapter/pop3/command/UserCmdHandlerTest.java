package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserCmdHandlerTest {

  private final UserCmdHandler handler = new UserCmdHandler();

  @Test
  void userShouldAlwaysAnswerOkAndRememberTheName() {
    Pop3Fixture fixture = new Pop3Fixture();
    assertThat(fixture.run(handler, "nobody@example.org")).isEqualTo("+OK Send your password\r\n");
    assertThat(fixture.session.user()).contains("nobody@example.org");
  }

  @Test
  void userShouldNeedTlsWhereLoginsAreNotAllowedInClear() {
    Pop3Fixture fixture = new Pop3Fixture(false, null);
    assertThat(fixture.run(handler, "alice"))
        .isEqualTo(
            "-ERR [AUTH] Plaintext authentication disallowed on non-secure connections,"
                + " use STLS\r\n");
    assertThat(fixture.session.user()).isEmpty();
  }

  @Test
  void userShouldRefuseAMissingOrSpacedName() {
    Pop3Fixture fixture = new Pop3Fixture();
    assertThat(fixture.run(handler, "")).isEqualTo("-ERR Invalid arguments\r\n");
    assertThat(fixture.run(handler, "a b")).isEqualTo("-ERR Invalid arguments\r\n");
  }
}
