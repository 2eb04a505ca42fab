package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jadepost.adapter.testing.InMemoryPop3Listener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrCmdHandlerTest {

  private final RetrCmdHandler handler = new RetrCmdHandler();
  private final Pop3Fixture fixture = new Pop3Fixture().loggedIn();

  @Test
  void retrShouldSendTheMessageDotStuffedByteForByte() {
    assertThat(fixture.run(handler, "1"))
        .isEqualTo(
            "+OK 71 octets\r\nSubject: 报价单\r\nFrom: a@example.org\r\n\r\nHello\r\n"
                + "..leading dot\r\n...two\r\n.\r\n");
  }

  @Test
  void retrShouldEndEveryLineInCrlf() {
    assertThat(fixture.run(handler, "2"))
        .isEqualTo(
            "+OK 63 octets\r\nSubject: second\r\nTo: alice@example.org\r\n\r\nline 1\r\n"
                + "line 2\r\nline 3\r\n.\r\n");
  }

  @Test
  void retrShouldRefuseMessagesThatAreGoneDeletedOrUnknown() {
    assertThat(fixture.run(handler, "3"))
        .isEqualTo("-ERR Message was removed from the mailbox meanwhile\r\n");
    fixture.session.maildrop().delete(1);
    assertThat(fixture.run(handler, "1")).isEqualTo("-ERR Message is deleted in this session\r\n");
    assertThat(fixture.run(handler, "9")).isEqualTo("-ERR No such message\r\n");
    assertThat(fixture.run(handler, "")).isEqualTo("-ERR Invalid arguments\r\n");
  }

  @Test
  void retrShouldReadTheMessagesLocalFileAndAskTheListenerOnlyWhenItIsGone(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("blob");
    // Same length as the listener's copy, other bytes: the answer shows which was read.
    Files.writeString(
        file, InMemoryPop3Listener.FIRST.replace("Hello", "Hallo"), StandardCharsets.UTF_8);
    Pop3Fixture withFile = new Pop3Fixture();
    withFile.endpoints.listener().useFile("uid-1", file.toString());
    withFile.loggedIn();

    assertThat(withFile.run(handler, "1")).contains("\r\nHallo\r\n").doesNotContain("Hello");
    Files.delete(file);
    assertThat(withFile.run(handler, "1")).contains("\r\nHello\r\n");
  }
}
