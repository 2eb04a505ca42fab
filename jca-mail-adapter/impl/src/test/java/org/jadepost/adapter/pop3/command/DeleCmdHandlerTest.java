package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeleCmdHandlerTest {

  private final DeleCmdHandler handler = new DeleCmdHandler();
  private final Pop3Fixture fixture = new Pop3Fixture().loggedIn();

  @Test
  void deleShouldOnlyMarkTheMessage() {
    assertThat(fixture.run(handler, "2")).isEqualTo("+OK Message 2 deleted\r\n");
    assertThat(fixture.session.maildrop().markedIds()).containsExactly("uid-2");
    assertThat(fixture.endpoints.listener().commits()).isEmpty();
  }

  @Test
  void deleShouldRefuseMarkedUnknownAndBadNumbers() {
    fixture.run(handler, "2");
    assertThat(fixture.run(handler, "2")).isEqualTo("-ERR Message is deleted in this session\r\n");
    assertThat(fixture.run(handler, "4")).isEqualTo("-ERR No such message\r\n");
    assertThat(fixture.run(handler, "-1")).isEqualTo("-ERR Invalid arguments\r\n");
    assertThat(fixture.run(handler, "")).isEqualTo("-ERR Invalid arguments\r\n");
  }
}
