package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jadepost.adapter.pop3.session.Pop3SessionState;
import org.junit.jupiter.api.Test;

class QuitCmdHandlerTest {

  private final QuitCmdHandler handler = new QuitCmdHandler();

  @Test
  void quitBeforeLoginShouldOnlyClose() {
    Pop3Fixture fixture = new Pop3Fixture();
    assertThat(fixture.run(handler, "")).isEqualTo("+OK mail.test POP3 server signing off\r\n");
    assertThat(fixture.embedded.afterReply()).isEqualTo("CLOSE");
    assertThat(fixture.endpoints.listener().commits()).isEmpty();
  }

  @Test
  void quitAfterLoginShouldCommitTheMarkedMessagesInUpdate() {
    Pop3Fixture fixture = new Pop3Fixture().loggedIn();
    fixture.session.maildrop().delete(2);
    fixture.session.maildrop().delete(1);

    assertThat(fixture.run(handler, ""))
        .isEqualTo("+OK mail.test POP3 server signing off (1 messages left)\r\n");
    assertThat(fixture.session.state()).isEqualTo(Pop3SessionState.UPDATE);
    assertThat(fixture.endpoints.listener().commits()).containsExactly(List.of("uid-1", "uid-2"));
    assertThat(fixture.embedded.afterReply()).isEqualTo("CLOSE");
  }

  @Test
  void quitShouldSayWhenTheDeletionsFailed() {
    Pop3Fixture fixture = new Pop3Fixture().loggedIn();
    fixture.session.maildrop().delete(3);
    assertThat(fixture.run(handler, ""))
        .isEqualTo("-ERR [SYS/TEMP] Some deleted messages were not removed\r\n");
    assertThat(fixture.embedded.afterReply()).isEqualTo("CLOSE");
  }

  @Test
  void quitWithoutMarksShouldNotCallTheListener() {
    Pop3Fixture fixture = new Pop3Fixture().loggedIn();
    assertThat(fixture.run(handler, "")).endsWith("(3 messages left)\r\n");
    assertThat(fixture.endpoints.listener().commits()).isEmpty();
  }
}
