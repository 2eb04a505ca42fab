package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.adapter.net.Line;
import org.jadepost.adapter.net.LineTooLong;
import org.jadepost.adapter.pop3.session.Pop3SessionState;
import org.junit.jupiter.api.Test;

class AuthCmdHandlerTest {

  private final AuthCmdHandler handler = new AuthCmdHandler();
  private final Pop3Fixture fixture = new Pop3Fixture();

  @Test
  void authWithoutArgumentsShouldListPlain() {
    assertThat(fixture.run(handler, ""))
        .isEqualTo("+OK Supported mechanisms follow\r\nPLAIN\r\n.\r\n");
  }

  @Test
  void authPlainWithAnInitialResponseShouldLogIn() {
    assertThat(fixture.run(handler, "PLAIN AGFsaWNlAHNlY3JldA=="))
        .isEqualTo("+OK Logged in, 3 messages (141 octets)\r\n");
    assertThat(fixture.session.state()).isEqualTo(Pop3SessionState.TRANSACTION);
  }

  @Test
  void authPlainShouldChallengeAndTakeTheAnswerFromTheNextLine() {
    assertThat(fixture.run(handler, "plain")).isEqualTo("+ \r\n");
    var continuation = fixture.session.continuation().orElseThrow();
    fixture.session.send(continuation.onFrame(fixture.session, Line.of("AGFsaWNlAHNlY3JldA==")));
    assertThat(new String(fixture.embedded.output())).startsWith("+OK Logged in");
    assertThat(fixture.session.continuation()).isEmpty();
  }

  @Test
  void authPlainShouldRefuseCancelledMalformedAndForeignAnswers() {
    fixture.run(handler, "PLAIN");
    var continuation = fixture.session.continuation().orElseThrow();
    assertThat(continuation.onFrame(fixture.session, Line.of("*")).statusLine())
        .isEqualTo("-ERR Authentication cancelled");
    assertThat(continuation.onFrame(fixture.session, new LineTooLong(10)).statusLine())
        .isEqualTo("-ERR Line too long");
    assertThat(fixture.run(handler, "PLAIN %%%"))
        .isEqualTo("-ERR Malformed authentication response\r\n");
    assertThat(fixture.run(handler, "PLAIN YWxpY2U="))
        .isEqualTo("-ERR Malformed authentication response\r\n");
    assertThat(fixture.run(handler, "PLAIN Ym9iAGFsaWNlAHNlY3JldA=="))
        .isEqualTo("-ERR [AUTH] Authentication failed\r\n");
    assertThat(fixture.run(handler, "LOGIN"))
        .isEqualTo("-ERR Unsupported authentication mechanism\r\n");
    assertThat(fixture.run(handler, "PLAIN a b")).isEqualTo("-ERR Invalid arguments\r\n");
  }

  @Test
  void authShouldNeedTlsWhereLoginsAreNotAllowedInClear() {
    assertThat(new Pop3Fixture(false, null).run(handler, "PLAIN AGFsaWNlAHNlY3JldA=="))
        .startsWith("-ERR [AUTH] Plaintext authentication disallowed");
  }
}
