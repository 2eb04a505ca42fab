package org.jadepost.blackbox.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.ExternalClient;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.jadepost.blackbox.server.SmtpDialogue;
import org.jadepost.blackbox.server.Smtplib;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submission on 587-style STARTTLS and 465-style implicit TLS with real clients (Python smtplib,
 * swaks, curl): alice sends to bob in her domain and carol in another hosted domain; the bytes
 * arrive unchanged, her Sent folder keeps a copy, and she can only send as herself or her aliases.
 */
@ExtendWith(SharedJadepost.class)
class SubmissionIT {

  private static final String CHINESE_SUBJECT = "=?UTF-8?B?5oql5Lu35Y2VIOesrOS4ieeJiA==?=";

  private JadepostProcess server;
  private Provisioning provisioning;
  private String domain;
  private String alice;
  private String bob;
  private String carol;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    this.provisioning = new Provisioning(server);
    domain = provisioning.createDomain("submit");
    String other = provisioning.createDomain("partner");
    alice = provisioning.createUser(domain, "alice", "王小明");
    bob = provisioning.createUser(domain, "bob", "Bob");
    carol = provisioning.createUser(other, "carol", "Carol");
  }

  @Test
  void smtplibWithStartTlsShouldDeliverBytesUnchangedAndKeepASentCopy() {
    String message =
        "From: =?UTF-8?B?546L5bCP5piO?= <"
            + alice
            + ">\r\nTo: "
            + bob
            + ", "
            + carol
            + "\r\nSubject: "
            + CHINESE_SUBJECT
            + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\n"
            + "您好，附件是第三版报价单。\r\n.leading dot\r\n";

    ExternalClient.Run run =
        submit("starttls", server.ports().submission(), alice, List.of(bob, carol), message, false);

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("TLSv1.3", "AUTH ok", "SENT {}");
    String atBob = new Mailbox(server, bob).newestRaw("INBOX");
    assertThat(atBob).endsWith(message).contains("Return-Path: <" + alice + ">");
    assertThat(atBob).containsPattern("Received: from client\\.test \\(\\[127\\.0\\.0\\.1\\]\\)");
    assertThat(atBob).contains("with ESMTPSA id");
    assertThat(new Mailbox(server, carol).newestRaw("INBOX")).endsWith(message);
    Mailbox sent = new Mailbox(server, alice);
    assertThat(sent.newestRaw("SENT")).endsWith(message);
    JsonObject copy = sent.messages("SENT").get(0);
    assertThat(copy.getString("subject")).isEqualTo("报价单 第三版");
    assertThat(copy.getJsonArray("flags").toString()).contains("SEEN");
  }

  @Test
  void smtputf8MessageShouldArriveByteForByte() {
    String message =
        "From: 王小明 <"
            + alice
            + ">\r\nTo: 张伟 <"
            + bob
            + ">\r\nSubject: 报价单（第三版）\r\n\r\n价格：¥12,800\r\n";

    ExternalClient.Run run =
        submit("ssl", server.ports().smtps(), alice, List.of(bob), message, true);

    assertThat(run.exitCode()).as(run.output()).isZero();
    String raw = new Mailbox(server, bob).newestRaw("INBOX");
    assertThat(raw).endsWith(message).contains("with UTF8ESMTPSA id");
  }

  @Test
  void swaksOverImplicitTlsShouldAuthenticateWithLoginAndDeliver() {
    ExternalClient.Run run =
        ExternalClient.run(
            "",
            "swaks",
            "--server",
            "127.0.0.1",
            "--port",
            String.valueOf(server.ports().smtps()),
            "--tlsc",
            "--auth",
            "LOGIN",
            "--auth-user",
            alice,
            "--auth-password",
            Provisioning.PASSWORD,
            "--from",
            alice,
            "--to",
            bob,
            "--header",
            "Subject: swaks over 465",
            "--body",
            "sent by swaks");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("235 ", "250 2.0.0 Ok: queued as");
    assertThat(new Mailbox(server, bob).messages("INBOX").get(0).getString("subject"))
        .isEqualTo("swaks over 465");
  }

  @Test
  void curlOverSubmissionWithRequiredTlsShouldDeliver() {
    String message = "From: " + alice + "\r\nTo: " + bob + "\r\nSubject: curl\r\n\r\nby curl\r\n";

    ExternalClient.Run run =
        ExternalClient.run(
            message,
            "curl",
            "--silent",
            "--show-error",
            "--insecure",
            "--ssl-reqd",
            "--url",
            "smtp://127.0.0.1:" + server.ports().submission(),
            "--user",
            alice + ":" + Provisioning.PASSWORD,
            "--mail-from",
            alice,
            "--mail-rcpt",
            bob,
            "--upload-file",
            "-");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(new Mailbox(server, bob).newestRaw("INBOX")).endsWith(message);
  }

  @Test
  void curlOnMxWithStartTlsShouldDeliverWithoutAuthentication() {
    String message = "From: partner@example.org\r\nSubject: via MX\r\n\r\nhello\r\n";

    ExternalClient.Run run =
        ExternalClient.run(
            message,
            "curl",
            "--silent",
            "--show-error",
            "--insecure",
            "--ssl-reqd",
            "--url",
            "smtp://127.0.0.1:" + server.ports().smtp(),
            "--mail-from",
            "partner@example.org",
            "--mail-rcpt",
            bob,
            "--upload-file",
            "-");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(new Mailbox(server, bob).newestRaw("INBOX"))
        .endsWith(message)
        .contains("with ESMTPS id");
  }

  @Test
  void aliasesShouldReceiveMailAndBeUsableAsSender() throws Exception {
    ApiClient admin = provisioning.admin();
    var created =
        admin.post(
            "/api/v1/domains/" + domain + "/users/bob/aliases",
            Json.createObjectBuilder().add("alias", "sales").build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String sales = "sales@" + domain;
    var taken =
        admin.post(
            "/api/v1/domains/" + domain + "/users/alice/aliases",
            Json.createObjectBuilder().add("alias", "bob").build());
    assertThat(taken.status()).isEqualTo(409);

    String toSales = "From: " + alice + "\r\nTo: " + sales + "\r\nSubject: to sales\r\n\r\nhi\r\n";
    assertThat(
            submit("starttls", server.ports().submission(), alice, List.of(sales), toSales, false)
                .exitCode())
        .isZero();
    assertThat(new Mailbox(server, bob).newestRaw("INBOX")).endsWith(toSales);

    String asSales =
        "From: Sales <" + sales + ">\r\nTo: " + alice + "\r\nSubject: from sales\r\n\r\nx\r\n";
    ExternalClient.Run ok = submitAs(bob, sales, List.of(alice), asSales);
    assertThat(ok.exitCode()).as(ok.output()).isZero();
    assertThat(new Mailbox(server, alice).messages("INBOX").get(0).getString("subject"))
        .isEqualTo("from sales");
  }

  @Test
  void aSenderShouldNotSendAsSomebodyElse() {
    String forged = "From: " + bob + "\r\nTo: " + carol + "\r\nSubject: forged\r\n\r\nx\r\n";
    ExternalClient.Run envelope = submitAs(alice, bob, List.of(carol), forged);
    assertThat(envelope.exitCode()).isNotZero();
    assertThat(envelope.output()).contains("REPLY 553", "5.7.1");

    ExternalClient.Run header = submitAs(alice, alice, List.of(carol), forged);
    assertThat(header.exitCode()).isNotZero();
    assertThat(header.output()).contains("REPLY 550", "From header");
    assertThat(new Mailbox(server, carol).messages("INBOX")).isEmpty();
  }

  @Test
  void authenticationShouldBeRequiredAndWrongPasswordsRefused() throws Exception {
    List<String> replies =
        SmtpDialogue.replies(
            server.ports().submission(),
            "EHLO client.test",
            "MAIL FROM:<" + alice + ">",
            "AUTH PLAIN " + plain(alice, "wrong-password"),
            "AUTH PLAIN " + plain("admin", server.adminPassword()),
            "AUTH PLAIN " + plain(alice, Provisioning.PASSWORD),
            "MAIL FROM:<" + alice + ">",
            "RCPT TO:<nobody@" + domain + ">",
            "RCPT TO:<someone@example.org>",
            "QUIT");
    assertThat(replies.get(2)).startsWith("530 5.7.0");
    assertThat(replies.get(3)).startsWith("535 5.7.8");
    assertThat(replies.get(4)).startsWith("535 5.7.8");
    assertThat(replies.get(5)).startsWith("235 2.7.0");
    assertThat(replies.get(6)).startsWith("250 ");
    assertThat(replies.get(7)).startsWith("550 5.1.1");
  }

  @Test
  void quotaShouldGive552ForWhatNeverFitsAnd452WhenTheMailboxIsFull() throws Exception {
    var small =
        provisioning
            .admin()
            .post(
                Provisioning.usersOf(domain),
                Provisioning.user("dave", Provisioning.PASSWORD, "Dave", "USER")
                    .add("quotaBytes", 100_000)
                    .build());
    assertThat(small.status()).as(small.toString()).isEqualTo(201);
    String dave = "dave@" + domain;
    String filler =
        "From: " + alice + "\r\nSubject: big\r\n\r\n" + "x".repeat(76).concat("\r\n").repeat(900);
    assertThat(
            submit("starttls", server.ports().submission(), alice, List.of(dave), filler, false)
                .exitCode())
        .isZero();

    List<String> replies =
        SmtpDialogue.replies(
            server.ports().smtp(),
            "EHLO sender.example",
            "MAIL FROM:<partner@example.org> SIZE=200000",
            "RCPT TO:<" + dave + ">",
            "RSET",
            "MAIL FROM:<partner@example.org> SIZE=50000",
            "RCPT TO:<" + dave + ">",
            "RCPT TO:<" + bob + ">",
            "QUIT");
    assertThat(replies.get(3)).startsWith("552 5.2.2");
    assertThat(replies.get(6)).startsWith("452 4.2.2");
    assertThat(replies.get(7)).startsWith("250 ");
  }

  private ExternalClient.Run submitAs(String user, String from, List<String> to, String message) {
    return submit("starttls", server.ports().submission(), user, from, to, message, false);
  }

  private ExternalClient.Run submit(
      String mode, int port, String user, List<String> to, String message, boolean smtputf8) {
    return submit(mode, port, user, user, to, message, smtputf8);
  }

  private ExternalClient.Run submit(
      String mode,
      int port,
      String user,
      String from,
      List<String> to,
      String message,
      boolean smtputf8) {
    return Smtplib.submit(mode, port, user, Provisioning.PASSWORD, from, to, message, smtputf8);
  }

  private static String plain(String user, String password) {
    return java.util.Base64.getEncoder()
        .encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
  }
}
