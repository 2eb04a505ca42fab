package org.jadepost.blackbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.platform.FormLogin;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.jadepost.blackbox.server.SmtpDialogue;
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
        SmtpDialogue.replies(
            server.ports().smtp(),
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
        SmtpDialogue.replies(
            server.ports().smtp(),
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
}
