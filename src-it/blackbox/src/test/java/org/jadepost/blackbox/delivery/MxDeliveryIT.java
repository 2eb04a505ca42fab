package org.jadepost.blackbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.platform.FormLogin;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MX listener end to end: a sending MTA's dialogue on a plain socket, then the recipient's
 * webmail showing the new mail as unread. Relaying and unknown users are refused.
 */
@ExtendWith(SharedJadepost.class)
class MxDeliveryIT {

  private JadepostProcess server;
  private Provisioning provisioning;

  @BeforeEach
  void connect(JadepostProcess server) {
    this.server = server;
    this.provisioning = new Provisioning(server);
  }

  @Test
  void mxShouldDeliverToEveryHostedRecipientsInbox() throws Exception {
    String domain = provisioning.createDomain("mx");
    provisioning.createUser(domain, "alice", "王小明");
    provisioning.createUser(domain, "bob", "Bob");

    List<String> replies =
        dialogue(
            "EHLO sender.example",
            "MAIL FROM:<partner@sender.example>",
            "RCPT TO:<alice@" + domain + ">",
            "RCPT TO:<Bob@" + domain + ">",
            "DATA",
            "From: Partner <partner@sender.example>\r\n"
                + "Subject: =?UTF-8?B?5oql5Lu35Y2V?=\r\n\r\n"
                + "..leading dot\r\n"
                + "你好\r\n.",
            "QUIT");

    assertThat(replies.get(0)).startsWith("220 ");
    assertThat(replies.subList(2, 5)).allSatisfy(r -> assertThat(r).startsWith("250 "));
    assertThat(replies.get(5)).startsWith("354 ");
    assertThat(replies.get(6)).startsWith("250 2.0.0");
    assertThat(inboxOf("alice@" + domain)).contains("(1)");
    assertThat(inboxOf("bob@" + domain)).contains("(1)");
  }

  @Test
  void mxShouldRefuseUnknownUsersAndRelaying() throws Exception {
    String domain = provisioning.createDomain("mx");

    List<String> replies =
        dialogue(
            "EHLO sender.example",
            "MAIL FROM:<partner@sender.example>",
            "RCPT TO:<nobody@" + domain + ">",
            "RCPT TO:<someone@not-hosted.example>",
            "QUIT");

    assertThat(replies.get(3)).startsWith("550 5.1.1");
    assertThat(replies.get(4)).startsWith("550 5.7.1");
  }

  /** The folder list of the user's webmail, as the browser gets it. */
  private String inboxOf(String address) {
    FormLogin.Landing landing = FormLogin.signIn(server.baseUri(), address, Provisioning.PASSWORD);
    assertThat(landing.uri().getPath()).isEqualTo("/webmail/index.xhtml");
    int start = landing.body().indexOf("folder-inbox");
    return landing.body().substring(start, landing.body().indexOf("</li>", start));
  }

  /** Sends each command and collects one reply per command (the last line of multi-line ones). */
  private List<String> dialogue(String... commands) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.ports().smtp())) {
      socket.setSoTimeout(30_000);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      List<String> replies = new ArrayList<>();
      replies.add(reply(in));
      for (String command : commands) {
        out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        replies.add(reply(in));
      }
      return replies;
    }
  }

  private static String reply(BufferedReader in) throws Exception {
    String line = in.readLine();
    while (line != null && line.length() > 3 && line.charAt(3) == '-') {
      line = in.readLine();
    }
    return String.valueOf(line);
  }
}
