package org.jadepost.adapter.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.probe.ProbeProtocol;
import org.jadepost.adapter.testing.ProbeClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailResourceAdapterTest {

  @TempDir Path home;
  private AdapterFixture fixture;

  @AfterEach
  void stopAdapter() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void probeShouldAnswerPipelinedLinesInOrderWithOneEndpointPerCall() throws Exception {
    fixture = new AdapterFixture(home);
    InetSocketAddress address = fixture.activate(fixture.spec("NONE"));

    try (ProbeClient client = ProbeClient.connect(address)) {
      assertThat(client.readLine()).isEqualTo("OK probe ready");
      client.send("one\r\ntwo\r\nthree\r\n");
      assertThat(client.readLine()).isEqualTo("ECHO one");
      assertThat(client.readLine()).isEqualTo("ECHO two");
      assertThat(client.readLine()).isEqualTo("ECHO three");
    }

    assertThat(fixture.endpoints.created()).isEqualTo(4);
    assertThat(fixture.endpoints.released()).isEqualTo(4);
    assertThat(fixture.endpoints.calledOnEventLoop()).isFalse();
    ConnectionInfo info = fixture.endpoints.connections().get(0);
    assertThat(info.listenerName()).isEqualTo("probe");
    assertThat(info.secure()).isFalse();
    assertThat(info.local()).isEqualTo(address);
    assertThat(info.remote().getAddress().isLoopbackAddress()).isTrue();
  }

  @Test
  void probeShouldReplyGenericErrorAndStayUsableWhenListenerThrows() throws Exception {
    fixture = new AdapterFixture(home);
    InetSocketAddress address = fixture.activate(fixture.spec("NONE"));

    try (ProbeClient client = ProbeClient.connect(address)) {
      client.readLine();
      client.send("FAIL\r\n");
      assertThat(client.readLine()).isEqualTo("ERR internal error");
      client.send("again\r\n");
      assertThat(client.readLine()).isEqualTo("ECHO again");
    }
    assertThat(fixture.endpoints.released()).isEqualTo(fixture.endpoints.created());
  }

  @Test
  void probeShouldCloseConnectionWhenReplyStartsWithBye() throws Exception {
    fixture = new AdapterFixture(home);
    InetSocketAddress address = fixture.activate(fixture.spec("NONE"));

    try (ProbeClient client = ProbeClient.connect(address)) {
      client.readLine();
      client.send("QUIT\r\nNEVER\r\n");
      assertThat(client.readLine()).isEqualTo("BYE see you");
      assertThat(client.closedByServer()).isTrue();
    }
    assertThat(fixture.endpoints.events()).doesNotContain("reply:NEVER");
  }

  @Test
  void probeShouldBracketEachCallWhenDeliveryIsTransacted() throws Exception {
    fixture = new AdapterFixture(home, true, Map.of());
    InetSocketAddress address = fixture.activate(fixture.spec("NONE"));

    try (ProbeClient client = ProbeClient.connect(address)) {
      client.readLine();
      client.send("hi\r\n");
      assertThat(client.readLine()).isEqualTo("ECHO hi");
    }

    assertThat(fixture.endpoints.events())
        .containsExactly(
            "before:greet",
            "greet",
            "after",
            "release",
            "before:reply",
            "reply:hi",
            "after",
            "release");
  }

  @Test
  void probeShouldReplyLineTooLongAndStayUsable() throws Exception {
    fixture = new AdapterFixture(home);
    ProbeActivationSpec spec = fixture.spec("NONE");
    spec.setMaxLineLength(16);
    InetSocketAddress address = fixture.activate(spec);

    try (ProbeClient client = ProbeClient.connect(address)) {
      client.readLine();
      client.send("x".repeat(100) + "\r\nok\r\n");
      assertThat(client.readLine()).isEqualTo(ProbeProtocol.LINE_TOO_LONG);
      assertThat(client.readLine()).isEqualTo("ECHO ok");
    }
  }

  @Test
  void connectionsOverThePerAddressLimitShouldBeClosedUntilOneEnds() throws Exception {
    fixture = new AdapterFixture(home);
    ProbeActivationSpec spec = fixture.spec("NONE");
    spec.setMaxConnectionsPerIp(2);
    InetSocketAddress address = fixture.activate(spec);

    try (ProbeClient first = ProbeClient.connect(address);
        ProbeClient second = ProbeClient.connect(address)) {
      assertThat(first.readLine()).isEqualTo("OK probe ready");
      assertThat(second.readLine()).isEqualTo("OK probe ready");
      try (ProbeClient third = ProbeClient.connect(address)) {
        assertThat(third.closedByServer()).isTrue();
      }
      first.send("QUIT\r\n");
      assertThat(first.readLine()).isEqualTo("BYE see you");
      assertThat(first.closedByServer()).isTrue();
      try (ProbeClient again = awaitGreeting(address)) {
        again.send("still\r\n");
        assertThat(again.readLine()).isEqualTo("ECHO still");
      }
      second.send("alive\r\n");
      assertThat(second.readLine()).isEqualTo("ECHO alive");
    }
  }

  // The server counts a closed connection off a moment after the client sees the close.
  private static ProbeClient awaitGreeting(InetSocketAddress address) throws Exception {
    for (int attempt = 0; ; attempt++) {
      ProbeClient client = ProbeClient.connect(address);
      try {
        assertThat(client.readLine()).isEqualTo("OK probe ready");
        return client;
      } catch (java.io.IOException e) {
        client.close();
        if (attempt == 50) {
          throw e;
        }
        Thread.sleep(20);
      }
    }
  }

  @Test
  void probeShouldRefuseStartTlsWhenListenerHasNoTls() throws Exception {
    fixture = new AdapterFixture(home);
    InetSocketAddress address = fixture.activate(fixture.spec("NONE"));

    try (ProbeClient client = ProbeClient.connect(address)) {
      client.readLine();
      client.send("STARTTLS\r\n");
      assertThat(client.readLine()).isEqualTo(ProbeProtocol.TLS_UNAVAILABLE);
    }
  }

  @Test
  void probeShouldSayGoodbyeAndCloseWhenClientIsIdle() throws Exception {
    fixture = new AdapterFixture(home);
    ProbeActivationSpec spec = fixture.spec("NONE");
    spec.setIdleTimeoutSeconds(1);
    InetSocketAddress address = fixture.activate(spec);

    try (ProbeClient client = ProbeClient.connect(address)) {
      client.readLine();
      assertThat(client.readLine()).isEqualTo(ProbeProtocol.IDLE_GOODBYE);
      assertThat(client.closedByServer()).isTrue();
    }
  }

  @Test
  void endpointDeactivationShouldFreePortAndCloseConnections() throws Exception {
    fixture = new AdapterFixture(home);
    ProbeActivationSpec spec = fixture.spec("NONE");
    InetSocketAddress address = fixture.activate(spec);

    try (ProbeClient client = ProbeClient.connect(address)) {
      client.readLine();
      fixture.adapter.endpointDeactivation(fixture.endpoints, spec);
      assertThat(client.closedByServer()).isTrue();
    }

    assertThat(refusedWithin(address, Duration.ofSeconds(2))).isTrue();
    assertThat(fixture.adapter.localAddress(fixture.endpoints, spec)).isEmpty();
  }

  @Test
  void endpointActivationShouldFailWhenPortIsTaken() throws Exception {
    fixture = new AdapterFixture(home);
    InetSocketAddress taken = fixture.activate(fixture.spec("NONE"));
    ProbeActivationSpec second = fixture.spec("NONE");
    second.setPort(taken.getPort());

    assertThatThrownBy(() -> fixture.activate(second)).isInstanceOf(ResourceException.class);
  }

  @Test
  void endpointActivationShouldBindPortFromEnvironmentWhenSet() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    fixture = new AdapterFixture(home, false, Map.of("JADEPOST_PROBE_PORT", "" + port));

    InetSocketAddress address = fixture.activate(fixture.spec("NONE"));

    assertThat(address).isEqualTo(new InetSocketAddress("127.0.0.1", port));
  }

  @Test
  void stopShouldEndEventLoopWorkStartedOnTheWorkManager() throws Exception {
    fixture = new AdapterFixture(home);
    InetSocketAddress address = fixture.activate(fixture.spec("NONE"));
    try (ProbeClient client = ProbeClient.connect(address)) {
      client.readLine();
    }
    assertThat(fixture.workManager.runningLongWork()).isPositive();
    assertThat(fixture.workManager.longRunningHints()).contains("jadepost-mail-io");
    assertThat(fixture.workManager.scheduledWork()).isPositive();

    fixture.adapter.stop();

    assertThat(fixture.workManager.awaitNoLongWork(Duration.ofSeconds(10))).isTrue();
    assertThat(refusedWithin(address, Duration.ofSeconds(2))).isTrue();
  }

  /**
   * Whether connecting is refused within {@code timeout}. The kernel drops a closed listening
   * socket when the event loop's selector next runs, an instant no latch can observe, so this
   * retries briefly instead.
   */
  private static boolean refusedWithin(InetSocketAddress address, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Socket socket = new Socket();
      try {
        socket.connect(address, 1000);
      } catch (ConnectException refused) {
        return true;
      } finally {
        socket.close();
      }
      Thread.sleep(10);
    }
    return false;
  }
}
