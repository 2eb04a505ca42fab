package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.adapter.pop3.session.Pop3SessionState;
import org.junit.jupiter.api.Test;

class PassCmdHandlerTest {

  private final PassCmdHandler handler = new PassCmdHandler();
  private final Pop3Fixture fixture = new Pop3Fixture();

  @Test
  void passShouldLogInAndOpenTheMaildrop() {
    fixture.session.user("alice");
    assertThat(fixture.run(handler, "secret"))
        .isEqualTo("+OK Logged in, 3 messages (141 octets)\r\n");
    assertThat(fixture.session.state()).isEqualTo(Pop3SessionState.TRANSACTION);
    assertThat(fixture.session.identity()).isEqualTo("alice@example.org");
  }

  @Test
  void passShouldRefuseWrongPasswordsAndForgetTheUser() {
    fixture.session.user("alice");
    assertThat(fixture.run(handler, "secret ")).isEqualTo("-ERR [AUTH] Authentication failed\r\n");
    assertThat(fixture.session.user()).isEmpty();
    assertThat(fixture.run(handler, "secret")).isEqualTo("-ERR Send USER first\r\n");
    assertThat(fixture.session.state()).isEqualTo(Pop3SessionState.AUTHORIZATION);
  }

  @Test
  void passShouldReportLockedAccountsAndServerFailures() {
    fixture.session.user("locked");
    assertThat(fixture.run(handler, "secret"))
        .isEqualTo("-ERR [AUTH] Too many failed logins, try again in a few minutes\r\n");
    fixture.session.user("down");
    assertThat(fixture.run(handler, "secret"))
        .isEqualTo("-ERR [SYS/TEMP] Temporary server failure, try again later\r\n");
    fixture.session.user("broken");
    assertThat(fixture.run(handler, "secret"))
        .isEqualTo("-ERR [SYS/TEMP] Temporary server failure, try again later\r\n");
    assertThat(fixture.session.state()).isEqualTo(Pop3SessionState.AUTHORIZATION);
  }
}
