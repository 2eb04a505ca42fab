package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoopCmdHandlerTest {

  @Test
  void noopShouldAnswerABareOk() {
    Pop3Fixture fixture = new Pop3Fixture().loggedIn();
    assertThat(fixture.run(new NoopCmdHandler(), "")).isEqualTo("+OK\r\n");
    assertThat(fixture.run(new NoopCmdHandler(), "x")).isEqualTo("-ERR Invalid arguments\r\n");
  }
}
