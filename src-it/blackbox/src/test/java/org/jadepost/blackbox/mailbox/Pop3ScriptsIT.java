package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jadepost.adapter.testing.ProbeClient;
import org.jadepost.adapter.testing.ProtocolScript;
import org.jadepost.adapter.testing.TlsUpgrade;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.MxSender;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The adapter's POP3 protocol scripts ({@code protocol/pop3/<State>/<Case>.test}, run in-memory by
 * its {@code Pop3ScriptTest}) against the real server's POP3 port (STLS), each with a fresh domain
 * and user over REST. The in-memory maildrop has fixed messages; the real-server variants under
 * this module's {@code src/test/resources/protocol/pop3} deliver theirs over SMTP first.
 * Directives: {@code DELIVER: text} (over the MX listener, {@code \r\n} escapes), {@code STARTTLS}
 * (the client handshake after STLS), {@code RECONNECT} (a new connection, to see what a QUIT
 * committed), {@code SKIP-TO: regex} (reads server lines up to one that matches, past the trace
 * headers the real server adds to delivered mail).
 */
@ExtendWith(SharedJadepost.class)
class Pop3ScriptsIT {

  /** Scripts that need behaviour only the in-memory listener can inject, and why. */
  static final Map<String, String> SKIPPED =
      Map.of(
          "Authorization/LockedAccountsAndServerFailuresKeepTheSession.test",
          "the users 'down' and 'broken' inject listener failures that only exist in memory; real"
              + " locked accounts are covered by LoginLockIT",
          "Transaction/FailedCommitSaysSoAndCloses.test",
          "a failing commit is injected by the in-memory listener",
          "Transaction/AutologoutCommitsNothing.test",
          "needs idleTimeoutSeconds=1; the real listener waits 10 minutes",
          "Limits/TooManyConnectionsFromOneAddressGetSysTemp.test",
          "needs maxConnectionsPerIp=1; the shared real server serves many tests from loopback",
          "Tls/StlsBeforeLoginWhenTheClientIsNotOnLoopback.test",
          "the real server listens on loopback only",
          "Tls/StlsIsNotAvailableWithoutTls.test",
          "the real POP3 listener always has TLS; 'STLS not available' after STLS is covered by"
              + " Tls/StlsForgetsTheUserGivenInClear");

  private JadepostProcess server;
  private String user;

  static List<String> scripts() {
    return RealScripts.of("pop3").toList();
  }

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    user = provisioning.createUser(provisioning.createDomain("mpt"), "alice", "Alice");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void scriptShouldRunAgainstTheRealServer(String script) throws Exception {
    List<String> lines =
        RealScripts.runnable(
            "pop3",
            script,
            SKIPPED,
            Map.of(
                "SPEC:",
                "needs listener settings of its SPEC line and has no real-server variant",
                "COMMITTED:",
                "checks the in-memory listener's commits and has no real-server variant"));
    InetSocketAddress pop3 = new InetSocketAddress("127.0.0.1", server.ports().pop3());

    new ProtocolScript(pop3, new RealPop3())
        .execute(lines.stream().map(RealScripts.forUser(user, Provisioning.PASSWORD)).toList());
  }

  /** The POP3 directives acting on the real server. */
  private final class RealPop3 implements ProtocolScript.Directives {
    @Override
    public boolean step(String line, int number, ProtocolScript script) throws Exception {
      script.flush();
      if (line.equals("STARTTLS")) {
        script.client(new ProbeClient(TlsUpgrade.of(script.client(), script.address())));
      } else if (line.startsWith("DELIVER: ")) {
        String text = ProtocolScript.unescape(line.substring(9));
        MxSender.deliver(server, user, text.getBytes(StandardCharsets.UTF_8));
      } else if (line.startsWith("SKIP-TO: ")) {
        String reply = script.client().readLine();
        for (int skipped = 0; !reply.matches(line.substring(9)); skipped++) {
          assertThat(skipped).as("line %d: %s", number, line).isLessThan(40);
          reply = script.client().readLine();
        }
      } else if (line.equals("RECONNECT")) {
        script.client().close();
        script.client(ProbeClient.connect(script.address()));
      } else {
        assertThat(line).as("line %d: unknown directive", number).isNull();
      }
      return true;
    }
  }
}
