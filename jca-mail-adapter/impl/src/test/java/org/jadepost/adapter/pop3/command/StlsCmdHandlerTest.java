package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jadepost.adapter.net.EmbeddedConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StlsCmdHandlerTest {

  @TempDir Path home;
  private final StlsCmdHandler handler = new StlsCmdHandler();

  @Test
  void stlsShouldAnswerOkThenUpgradeAndForgetTheUser() throws Exception {
    Pop3Fixture fixture = new Pop3Fixture(false, EmbeddedConnection.startTls(home));
    fixture.session.user("alice");

    assertThat(fixture.run(handler, "")).isEqualTo("+OK Begin TLS negotiation\r\n");
    assertThat(fixture.embedded.afterReply()).isEqualTo("START_TLS");
    assertThat(fixture.session.user()).isEmpty();
  }

  @Test
  void stlsShouldBeRefusedWhereTheListenerOffersNoTls() {
    Pop3Fixture fixture = new Pop3Fixture();
    assertThat(fixture.run(handler, "")).isEqualTo("-ERR STLS not available\r\n");
    assertThat(fixture.run(handler, "now")).isEqualTo("-ERR Invalid arguments\r\n");
    assertThat(fixture.embedded.afterReply()).isEqualTo("READ_NEXT");
  }
}
