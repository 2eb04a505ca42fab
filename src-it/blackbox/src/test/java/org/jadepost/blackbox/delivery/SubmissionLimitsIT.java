package org.jadepost.blackbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.DatabaseAvailable;
import org.jadepost.blackbox.server.ExternalClient;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.ServerSettings;
import org.jadepost.blackbox.server.SmtpDialogue;
import org.jadepost.blackbox.server.Smtplib;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Limits an operator sets through the environment: messages per user and hour on submission,
 * connections per client address on every listener. A server of its own, with small limits.
 */
@ExtendWith(DatabaseAvailable.class)
class SubmissionLimitsIT {

  private static final int PER_HOUR = 3;
  private static final int PER_ADDRESS = 5;

  private static JadepostProcess server;
  private static Provisioning provisioning;

  @BeforeAll
  static void start() {
    server =
        JadepostProcess.startFresh(
            ServerSettings.named("limits")
                .with("JADEPOST_SUBMISSION_MAX_MESSAGES_PER_HOUR", String.valueOf(PER_HOUR))
                .with("JADEPOST_MAX_CONNECTIONS_PER_IP", String.valueOf(PER_ADDRESS)));
    provisioning = new Provisioning(server);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aUserOverHisHourlyLimitShouldGet450WhileOthersStillSend() throws Exception {
    String domain = provisioning.createDomain("rate");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    for (int i = 0; i < PER_HOUR; i++) {
      ExternalClient.Run run = send(alice, bob, "message " + i);
      assertThat(run.exitCode()).as(run.output()).isZero();
    }

    ExternalClient.Run over = send(alice, bob, "one too many");
    assertThat(over.exitCode()).isNotZero();
    assertThat(over.output()).contains("REPLY 450", "4.7.1");
    assertThat(send(bob, alice, "bob is not limited").exitCode()).isZero();
  }

  @Test
  void connectionsBeyondThePerAddressLimitShouldGet421AndOthersStayServed() throws Exception {
    List<Socket> open = new ArrayList<>();
    try {
      for (int i = 0; i < PER_ADDRESS; i++) {
        Socket socket = new Socket("127.0.0.1", server.ports().submission());
        open.add(socket);
        assertThat(SmtpDialogue.greeting(socket)).startsWith("220 ");
      }
      try (Socket extra = new Socket("127.0.0.1", server.ports().submission())) {
        assertThat(SmtpDialogue.greeting(extra)).startsWith("421 4.7.0");
      }
      assertThat(SmtpDialogue.replies(server.ports().smtp(), "QUIT").get(0))
          .as("each listener counts on its own")
          .startsWith("220 ");
    } finally {
      for (Socket socket : open) {
        socket.close();
      }
    }
  }

  private static ExternalClient.Run send(String from, String to, String subject) {
    String message =
        "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\nx\r\n";
    return Smtplib.submit(
        "starttls",
        server.ports().submission(),
        from,
        Provisioning.PASSWORD,
        from,
        List.of(to),
        message,
        false);
  }
}
