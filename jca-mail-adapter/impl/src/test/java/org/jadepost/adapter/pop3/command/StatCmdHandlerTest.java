package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatCmdHandlerTest {

  private final Pop3Fixture fixture = new Pop3Fixture().loggedIn();

  @Test
  void statShouldCountLiveMessagesAndOctets() {
    assertThat(fixture.run(new StatCmdHandler(), "")).isEqualTo("+OK 3 141\r\n");
    fixture.session.maildrop().delete(1);
    assertThat(fixture.run(new StatCmdHandler(), "")).isEqualTo("+OK 2 70\r\n");
    assertThat(fixture.run(new StatCmdHandler(), "1")).isEqualTo("-ERR Invalid arguments\r\n");
  }
}
