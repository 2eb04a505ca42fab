package org.jadepost.adapter.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.ssl.SslContext;
import java.nio.file.Path;
import org.jadepost.adapter.net.EmbeddedConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapaCmdHandlerTest {

  @TempDir Path home;
  private final CapaCmdHandler handler = new CapaCmdHandler();

  @Test
  void capaShouldOfferUserAndSaslWhereLoginsAreAllowed() {
    assertThat(new Pop3Fixture().run(handler, ""))
        .isEqualTo(
            "+OK Capability list follows\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n"
                + "PIPELINING\r\nUSER\r\nSASL PLAIN\r\nIMPLEMENTATION Jadepost\r\n.\r\n");
  }

  @Test
  void capaShouldOfferOnlyStlsBeforeTlsOnAnUnprotectedConnection() throws Exception {
    SslContext tls = EmbeddedConnection.startTls(home);
    assertThat(new Pop3Fixture(false, tls).run(handler, ""))
        .isEqualTo(
            "+OK Capability list follows\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n"
                + "PIPELINING\r\nSTLS\r\nIMPLEMENTATION Jadepost\r\n.\r\n");
  }

  @Test
  void capaShouldListNoLoginCapabilitiesAfterLogin() {
    assertThat(new Pop3Fixture().loggedIn().run(handler, ""))
        .isEqualTo(
            "+OK Capability list follows\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n"
                + "PIPELINING\r\nIMPLEMENTATION Jadepost\r\n.\r\n");
    assertThat(new Pop3Fixture().run(handler, "X")).isEqualTo("-ERR Invalid arguments\r\n");
  }
}
