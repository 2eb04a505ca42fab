package org.jadepost.blackbox.mailauth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.DatabaseAvailable;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.LoopbackDns;
import org.jadepost.blackbox.server.ServerSettings;
import org.jadepost.blackbox.server.SmtpDialogue;
import org.jadepost.blackbox.server.Smtplib;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * T4 end to end: a server whose DNS resolver is a test DNS server on loopback publishing SPF, DMARC
 * and DKIM records. Mail arriving on MX carries the verdicts in Authentication-Results; a DMARC
 * failure whose domain asks for reject lands in Spam (the default reject action, quarantine); a
 * message our own submission signed passes DKIM when it comes back over MX.
 */
@ExtendWith(DatabaseAvailable.class)
class InboundAuthenticationIT {

  private static LoopbackDns dns;
  private static JadepostProcess server;
  private static Provisioning provisioning;
  private static String domain;
  private static String bob;

  @BeforeAll
  static void start() throws Exception {
    dns =
        new LoopbackDns()
            .add("aligned.test. TXT \"v=spf1 ip4:127.0.0.1 -all\"")
            .add("_dmarc.aligned.test. TXT \"v=DMARC1; p=reject\"")
            .add("spoofed.test. TXT \"v=spf1 ip4:192.0.2.1 -all\"")
            .add("_dmarc.spoofed.test. TXT \"v=DMARC1; p=reject\"");
    server =
        JadepostProcess.startFresh(
            ServerSettings.named("mailauth").with("JADEPOST_DNS_RESOLVER", dns.address()));
    provisioning = new Provisioning(server);
    domain = provisioning.createDomain("auth");
    bob = provisioning.createUser(domain, "bob", "Bob");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (dns != null) {
      dns.close();
    }
  }

  @Test
  void mailFromAnSpfAuthorisedAlignedDomainShouldPassAndReachTheInbox() throws Exception {
    assertThat(mx("sales@aligned.test", "aligned")).startsWith("250 ");

    String raw = new Mailbox(server, bob).newestRaw("INBOX");
    assertThat(raw)
        .contains("spf=pass", "smtp.mailfrom=sales@aligned.test")
        .contains("dmarc=pass", "header.from=aligned.test");
  }

  @Test
  void aSpoofedSenderWhoseDomainAsksForRejectShouldLandInSpam() throws Exception {
    assertThat(mx("ceo@spoofed.test", "spoofed")).startsWith("250 ");

    Mailbox mailbox = new Mailbox(server, bob);
    assertThat(mailbox.messages("INBOX")).noneMatch(m -> "spoofed".equals(m.getString("subject")));
    String raw = mailbox.newestRaw("JUNK");
    assertThat(raw).contains("spf=fail", "dmarc=fail", "Subject: spoofed");
  }

  @Test
  void mailOurSubmissionSignedShouldPassDkimWhenItComesBackOverMx() throws Exception {
    String alice = provisioning.createUser(domain, "alice", "Alice");
    JsonObject record = provisioning.admin().get("/api/v1/domains/" + domain + "/dkim").json();
    String value = record.getString("txtValue");
    StringBuilder quoted = new StringBuilder();
    for (int i = 0; i < value.length(); i += 200) {
      quoted.append('"').append(value, i, Math.min(value.length(), i + 200)).append("\" ");
    }
    dns.add(record.getString("recordName") + ". TXT " + quoted.toString().strip());
    String message = "From: " + alice + "\r\nTo: " + bob + "\r\nSubject: signed\r\n\r\n签名\r\n";
    var sent =
        Smtplib.submit(
            "starttls",
            server.ports().submission(),
            alice,
            Provisioning.PASSWORD,
            alice,
            List.of(alice),
            message,
            false);
    assertThat(sent.exitCode()).as(sent.output()).isZero();
    String signed = new Mailbox(server, alice).newestRaw("INBOX");
    String fromDkim = signed.substring(signed.indexOf("DKIM-Signature:"));

    List<String> replies =
        SmtpDialogue.replies(
            server.ports().smtp(),
            "EHLO relay.example",
            "MAIL FROM:<" + alice + ">",
            "RCPT TO:<" + bob + ">",
            "DATA",
            fromDkim.replace("\r\n.", "\r\n..") + ".",
            "QUIT");
    assertThat(replies.get(5)).startsWith("250 ");
    assertThat(new Mailbox(server, bob).newestRaw("INBOX"))
        .contains("dkim=pass", "header.d=" + domain);
  }

  private static String mx(String from, String subject) throws Exception {
    List<String> replies =
        SmtpDialogue.replies(
            server.ports().smtp(),
            "EHLO mail.sender.example",
            "MAIL FROM:<" + from + ">",
            "RCPT TO:<" + bob + ">",
            "DATA",
            "From: <" + from + ">\r\nSubject: " + subject + "\r\n\r\nhello\r\n.",
            "QUIT");
    return replies.get(5);
  }
}
