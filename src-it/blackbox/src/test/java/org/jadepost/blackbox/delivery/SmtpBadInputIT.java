package org.jadepost.blackbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.jadepost.blackbox.server.SmtpDialogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and broken clients on the real listeners: each gets its error, the server keeps serving
 * the next client, and the log says who was refused and why.
 */
@ExtendWith(SharedJadepost.class)
class SmtpBadInputIT {

  private JadepostProcess server;
  private Provisioning provisioning;
  private String domain;
  private String bob;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    this.provisioning = new Provisioning(server);
    domain = provisioning.createDomain("hostile");
    bob = provisioning.createUser(domain, "bob", "Bob");
  }

  @Test
  void unknownCommandsAndBrokenSyntaxShouldGet500And501() throws Exception {
    List<String> replies =
        SmtpDialogue.replies(
            server.ports().smtp(),
            "EHLO client.test",
            "FROBNICATE now",
            "MAIL FROM:<broken",
            "RCPT TO:<" + bob + ">",
            "MAIL FROM:<ok@example.org> BOGUS=1",
            "QUIT");
    assertThat(replies.get(2)).startsWith("500 5.5.2");
    assertThat(replies.get(3)).startsWith("501 ");
    assertThat(replies.get(4)).startsWith("503 5.5.1");
    assertThat(replies.get(5)).startsWith("5");
    assertThat(replies.get(6)).startsWith("221 ");
    assertStillServing();
  }

  @Test
  void aTenMegabyteLineShouldGet500AndTheSessionGoOn() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.ports().smtp())) {
      socket.setSoTimeout(60_000);
      BufferedReader in = reader(socket);
      OutputStream out = socket.getOutputStream();
      assertThat(in.readLine()).startsWith("220 ");
      byte[] line = new byte[10 * 1024 * 1024];
      java.util.Arrays.fill(line, (byte) 'A');
      out.write(line);
      out.write("\r\nNOOP\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(in.readLine()).startsWith("500 5.5.6");
      assertThat(in.readLine()).startsWith("250 ");
    }
    assertStillServing();
  }

  @Test
  void bareLineFeedsAndNulBytesInDataShouldGet550AndStoreNothing() throws Exception {
    for (String body :
        List.of("Subject: lf\r\n\r\nbare\nline\r\n", "Subject: nul\r\n\r\nnul\0byte\r\n")) {
      List<String> replies =
          SmtpDialogue.replies(
              server.ports().smtp(),
              "EHLO client.test",
              "MAIL FROM:<partner@example.org>",
              "RCPT TO:<" + bob + ">",
              "DATA",
              body + ".",
              "QUIT");
      assertThat(replies.get(5)).startsWith("550 5.6.0");
    }
    assertThat(new Mailbox(server, bob).messages("INBOX")).isEmpty();
    assertThat(serverLog()).contains("550 5.6.0");
  }

  @Test
  void aPipelinedFloodShouldBeAnsweredInOrder() throws Exception {
    int count = 5_000;
    try (Socket socket = new Socket("127.0.0.1", server.ports().smtp())) {
      socket.setSoTimeout(60_000);
      BufferedReader in = reader(socket);
      assertThat(in.readLine()).startsWith("220 ");
      OutputStream out = socket.getOutputStream();
      out.write("NOOP\r\n".repeat(count).concat("QUIT\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      for (int i = 0; i < count; i++) {
        assertThat(in.readLine()).as("reply %d", i).startsWith("250 ");
      }
      assertThat(in.readLine()).startsWith("221 ");
    }
    assertStillServing();
  }

  @Test
  void tlsGarbageShouldBeDroppedAndLogged() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.ports().smtps())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write("EHLO plain-text-on-a-tls-port\r\n".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      assertThat(socket.getInputStream().read(new byte[512]))
          .as("no SMTP greeting in clear")
          .isLessThan(32);
    }
    try (Socket socket = new Socket("127.0.0.1", server.ports().submission())) {
      socket.setSoTimeout(30_000);
      BufferedReader in = reader(socket);
      OutputStream out = socket.getOutputStream();
      assertThat(in.readLine()).startsWith("220 ");
      out.write("EHLO client.test\r\nSTARTTLS\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String line = in.readLine();
      while (line.startsWith("250-")) {
        line = in.readLine();
      }
      assertThat(in.readLine()).startsWith("220 ");
      byte[] garbage = new byte[4096];
      new java.util.Random(7).nextBytes(garbage);
      out.write(garbage);
      out.flush();
      assertThat(socket.getInputStream().read(new byte[4096])).isLessThan(512);
    }
    assertStillServing();
    awaitLog("TLS handshake failed");
  }

  @Test
  void authGuessingShouldLockTheLoginEvenForTheRightPassword() throws Exception {
    String target = provisioning.createUser(domain, "target", "Target");
    for (int i = 0; i < 10; i++) {
      List<String> replies =
          SmtpDialogue.replies(
              server.ports().submission(),
              "EHLO guesser.test",
              "AUTH PLAIN " + plain(target, "guess-" + i),
              "QUIT");
      assertThat(replies.get(2)).startsWith("535 5.7.8");
    }
    List<String> locked =
        SmtpDialogue.replies(
            server.ports().submission(),
            "EHLO guesser.test",
            "AUTH PLAIN " + plain(target, Provisioning.PASSWORD),
            "QUIT");
    assertThat(locked.get(2)).startsWith("454 4.7.0");
    awaitLog("AUTH locked for " + target);
    assertStillServing();
  }

  /** Another client still gets its mail delivered. */
  private void assertStillServing() throws Exception {
    List<String> replies =
        SmtpDialogue.replies(
            server.ports().smtp(),
            "EHLO next.client",
            "MAIL FROM:<partner@example.org>",
            "RCPT TO:<" + bob + ">",
            "QUIT");
    assertThat(replies.get(3)).startsWith("250 ");
  }

  private String serverLog() throws IOException {
    return Files.readString(server.home().resolve("logs").resolve("server.log"));
  }

  private void awaitLog(String text) throws Exception {
    for (int i = 0; i < 50 && !serverLog().contains(text); i++) {
      Thread.sleep(100);
    }
    assertThat(serverLog()).contains(text);
  }

  private static BufferedReader reader(Socket socket) throws IOException {
    return new BufferedReader(
        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
  }

  private static String plain(String user, String password) {
    return Base64.getEncoder()
        .encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
  }
}
