package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopCmdHandlerTest {

  private final TopCmdHandler handler = new TopCmdHandler();
  private final Pop3Fixture fixture = new Pop3Fixture().loggedIn();

  @Test
  void topShouldSendTheHeaderTheBlankLineAndTheRequestedBodyLines() {
    assertThat(fixture.run(handler, "1 0"))
        .isEqualTo(
            "+OK Top of message follows\r\nSubject: 报价单\r\nFrom: a@example.org\r\n\r\n.\r\n");
    assertThat(fixture.run(handler, "1 2"))
        .isEqualTo(
            "+OK Top of message follows\r\nSubject: 报价单\r\nFrom: a@example.org\r\n\r\n"
                + "Hello\r\n..leading dot\r\n.\r\n");
  }

  @Test
  void topShouldRefuseMissingOrNegativeLineCounts() {
    assertThat(fixture.run(handler, "1")).isEqualTo("-ERR Invalid arguments\r\n");
    assertThat(fixture.run(handler, "1 -1")).isEqualTo("-ERR Invalid arguments\r\n");
    assertThat(fixture.run(handler, "x 1")).isEqualTo("-ERR Invalid arguments\r\n");
    assertThat(fixture.run(handler, "5 1")).isEqualTo("-ERR No such message\r\n");
  }
}
