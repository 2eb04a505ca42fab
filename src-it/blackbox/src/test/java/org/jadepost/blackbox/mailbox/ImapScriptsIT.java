package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jadepost.adapter.testing.ImapScript;
import org.jadepost.adapter.testing.ProbeClient;
import org.jadepost.adapter.testing.ProtocolScript;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.MxSender;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The adapter's IMAP protocol scripts ({@code protocol/imap/<State>/<Case>.test}, run in-memory by
 * its {@code ImapScriptTest}) against the real server's IMAP port: every script gets a fresh domain
 * and user over REST, {@code DELIVER:} sends its message over the MX listener (SMTP) into the
 * user's Inbox, and the fixture's credentials and UIDVALIDITY values are mapped onto the real ones
 * ({@link RealScripts}). Where the real server's settings differ from the script's SPEC line, a
 * real-server variant under this module's {@code src/test/resources/protocol/imap} replaces it.
 */
@ExtendWith(SharedJadepost.class)
class ImapScriptsIT {

  private JadepostProcess server;
  private String user;

  static Stream<String> scripts() {
    return RealScripts.of("imap");
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
            "imap",
            script,
            Map.of(),
            Map.of(
                "SPEC:",
                "needs listener settings of its SPEC line; a real-server variant covers it"));
    InetSocketAddress imap = new InetSocketAddress("127.0.0.1", server.ports().imap());
    var rewrite = RealScripts.forUser(user, Provisioning.PASSWORD, uidValidities(imap));

    new ProtocolScript(
            imap,
            new ImapScript(
                text -> MxSender.deliver(server, user, text.getBytes(StandardCharsets.UTF_8))))
        .execute(lines.stream().map(rewrite).toList());
  }

  /**
   * The real UIDVALIDITY of INBOX, Sent and Deleted (the fixture's Trash), in the order of the
   * fixture's 1000, 1001, 1002.
   */
  private long[] uidValidities(InetSocketAddress imap) throws Exception {
    Pattern status = Pattern.compile("\\* STATUS .*\\(UIDVALIDITY (\\d+)\\)");
    long[] values = new long[3];
    try (ProbeClient client = ProbeClient.connect(imap)) {
      client.readLine();
      client.send("a LOGIN " + user + " " + Provisioning.PASSWORD + "\r\n");
      assertThat(client.readLine()).startsWith("a OK");
      String[] folders = {"INBOX", "Sent", "Deleted"};
      for (int i = 0; i < folders.length; i++) {
        client.send("s STATUS " + folders[i] + " (UIDVALIDITY)\r\n");
        Matcher answer = status.matcher(client.readLine());
        assertThat(answer.matches()).as(folders[i]).isTrue();
        values[i] = Long.parseLong(answer.group(1));
        assertThat(client.readLine()).startsWith("s OK");
      }
      client.send("z LOGOUT\r\n");
    }
    return values;
  }
}
