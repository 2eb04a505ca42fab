package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UidlCmdHandlerTest {

  private final UidlCmdHandler handler = new UidlCmdHandler();
  private final Pop3Fixture fixture = new Pop3Fixture().loggedIn();

  @Test
  void uidlShouldListTheListenersUniqueIds() {
    assertThat(fixture.run(handler, ""))
        .isEqualTo("+OK Unique-id listing\r\n1 uid-1\r\n2 uid-2\r\n3 gone-3\r\n.\r\n");
    assertThat(fixture.run(handler, "2")).isEqualTo("+OK 2 uid-2\r\n");
  }

  @Test
  void uidlShouldLeaveOutMessagesMarkedAsDeleted() {
    fixture.session.maildrop().delete(1);
    assertThat(fixture.run(handler, ""))
        .isEqualTo("+OK Unique-id listing\r\n2 uid-2\r\n3 gone-3\r\n.\r\n");
    assertThat(fixture.run(handler, "1")).isEqualTo("-ERR Message is deleted in this session\r\n");
  }
}
