package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RsetCmdHandlerTest {

  private final Pop3Fixture fixture = new Pop3Fixture().loggedIn();

  @Test
  void rsetShouldUnmarkEveryMessage() {
    fixture.session.maildrop().delete(1);
    fixture.session.maildrop().delete(3);
    assertThat(fixture.run(new RsetCmdHandler(), "")).isEqualTo("+OK 3 messages (141 octets)\r\n");
    assertThat(fixture.session.maildrop().markedIds()).isEmpty();
    assertThat(fixture.run(new RsetCmdHandler(), "1")).isEqualTo("-ERR Invalid arguments\r\n");
  }
}
