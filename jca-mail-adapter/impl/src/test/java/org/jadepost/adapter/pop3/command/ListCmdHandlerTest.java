package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListCmdHandlerTest {

  private final ListCmdHandler handler = new ListCmdHandler();
  private final Pop3Fixture fixture = new Pop3Fixture().loggedIn();

  @Test
  void listShouldGiveTheScanListingOfLiveMessages() {
    fixture.session.maildrop().delete(2);
    assertThat(fixture.run(handler, ""))
        .isEqualTo("+OK 2 messages (78 octets)\r\n1 71\r\n3 7\r\n.\r\n");
    assertThat(fixture.run(handler, "3")).isEqualTo("+OK 3 7\r\n");
  }

  @Test
  void listShouldRefuseBadDeletedAndUnknownNumbers() {
    fixture.session.maildrop().delete(2);
    assertThat(fixture.run(handler, "2")).isEqualTo("-ERR Message is deleted in this session\r\n");
    assertThat(fixture.run(handler, "4")).isEqualTo("-ERR No such message\r\n");
    assertThat(fixture.run(handler, "0")).isEqualTo("-ERR No such message\r\n");
    assertThat(fixture.run(handler, "1x")).isEqualTo("-ERR Invalid arguments\r\n");
    assertThat(fixture.run(handler, "1234567890")).isEqualTo("-ERR Invalid arguments\r\n");
  }
}
