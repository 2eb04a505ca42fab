package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.server.Poplib.op;
import static org.jadepost.blackbox.server.Poplib.ops;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.MxSender;
import org.jadepost.blackbox.server.Poplib;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * POP3 (T6) with Python's poplib against the real server: mail delivered over SMTP comes back byte
 * for byte over STLS and implicit TLS, UIDLs stay the same across sessions, TOP, DELE/RSET/QUIT,
 * wrong passwords, and one tenant never sees another's mail.
 */
@ExtendWith(SharedJadepost.class)
class Pop3IT {

  static final String CHINESE =
      "From: =?UTF-8?B?546L5bCP5piO?= <partner@sender.example>\r\n"
          + "Subject: =?UTF-8?B?5oql5Lu35Y2VIOesrOS4ieeJiA==?=\r\n"
          + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
          + "Content-Transfer-Encoding: 8bit\r\n\r\n"
          + "您好，附件是第三版报价单。\r\n.leading dot\r\n..two dots\r\n";

  @TempDir Path work;
  private JadepostProcess server;
  private String alice;
  private String bob;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    String domain = provisioning.createDomain("pop");
    alice = provisioning.createUser(domain, "alice", "王小明");
    bob = provisioning.createUser(provisioning.createDomain("other"), "bob", "Bob");
  }

  @Test
  void poplibOverStlsShouldRetrieveTheDeliveredChineseMessageByteForByte() throws Exception {
    MxSender.deliver(server, alice, CHINESE.getBytes(StandardCharsets.UTF_8));
    String stored = new Mailbox(server, alice).newestRaw("INBOX");
    Path retrieved = work.resolve("retr.eml");

    JsonObject session =
        pop("stls", alice, op("stat"), op("top", 1, 0), op("retr", 1, retrieved), op("quit"));

    assertThat(session.getString("tls")).startsWith("TLSv1.");
    assertThat(strings(session.getJsonArray("capaBeforeTls"))).contains("STLS", "USER", "TOP");
    assertThat(session.getString("login")).startsWith("+OK Logged in, 1 messages");
    JsonArray ops = session.getJsonArray("ops");
    int size = stored.getBytes(StandardCharsets.UTF_8).length;
    assertThat(ops.getJsonArray(0).getInt(1)).isEqualTo(size);
    List<String> top = strings(ops.getJsonArray(1));
    assertThat(top).contains("Subject: =?UTF-8?B?5oql5Lu35Y2VIOesrOS4ieeJiA==?=");
    assertThat(top.get(top.size() - 1)).isEmpty();
    assertThat(top).doesNotContain("您好，附件是第三版报价单。");
    byte[] bytes = Files.readAllBytes(retrieved);
    assertThat(bytes).isEqualTo(stored.getBytes(StandardCharsets.UTF_8));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith(CHINESE);
    assertThat(ops.getString(3)).contains("signing off (1 messages left)");
  }

  @Test
  void uidlsShouldStayTheSameAcrossSessionsListenersAndDeletions() {
    for (int i = 1; i <= 3; i++) {
      MxSender.deliver(server, alice, message("number " + i));
    }
    List<String> first = uidls(pop("ssl", alice, op("uidl")));
    List<String> second = uidls(pop("stls", alice, op("uidl")));
    assertThat(first).hasSize(3).doesNotHaveDuplicates().isEqualTo(second);

    JsonObject deleting = pop("ssl", alice, op("dele", 1), op("quit"));
    assertThat(deleting.getJsonArray("ops").getString(1)).contains("(2 messages left)");
    MxSender.deliver(server, alice, message("number 4"));

    List<String> after = uidls(pop("stls", alice, op("uidl")));
    assertThat(after).hasSize(3).startsWith(first.get(1), first.get(2));
    assertThat(after.get(2)).isNotIn(first);
  }

  @Test
  void a5MegabyteMessageShouldStreamByteForByte() throws Exception {
    StringBuilder body = new StringBuilder("Subject: big\r\nFrom: partner@sender.example\r\n\r\n");
    for (int line = 0; body.length() < 5 * 1024 * 1024; line++) {
      body.append(line % 50 == 0 ? "." : "").append("line ").append(line);
      body.append(" 0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz\r\n");
    }
    MxSender.deliver(server, alice, body.toString().getBytes(StandardCharsets.US_ASCII));
    String stored = new Mailbox(server, alice).newestRaw("INBOX");
    Path retrieved = work.resolve("big.eml");

    JsonObject session = pop("ssl", alice, op("retr", 1, retrieved), op("quit"));

    JsonObject retr = session.getJsonArray("ops").getJsonObject(0);
    byte[] expected = stored.getBytes(StandardCharsets.UTF_8);
    assertThat(expected.length).isGreaterThan(5 * 1024 * 1024);
    assertThat(retr.getInt("size")).isEqualTo(expected.length);
    assertThat(retr.getString("sha256")).isEqualTo(sha256(expected));
    assertThat(stored).endsWith(body.toString());
  }

  @Test
  void deleShouldRemoveAtQuitOnlyAndRsetOrADroppedConnectionShouldKeep() {
    MxSender.deliver(server, alice, message("keep"));
    MxSender.deliver(server, alice, message("remove"));
    Mailbox web = new Mailbox(server, alice);

    JsonObject reset = pop("stls", alice, op("dele", 1), op("stat"), op("rset"), op("quit"));
    assertThat(reset.getJsonArray("ops").getJsonArray(1).getInt(0)).isEqualTo(1);
    assertThat(web.messages("INBOX")).hasSize(2);
    pop("stls", alice, op("dele", 1), op("dele", 2), op("drop"));
    assertThat(web.messages("INBOX")).hasSize(2);

    pop("stls", alice, op("dele", 2), op("quit"));

    assertThat(web.messages("INBOX"))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("subject")).isEqualTo("keep"));
    JsonObject inbox = web.folder("INBOX");
    assertThat(inbox.getInt("messageCount")).isEqualTo(1);
    assertThat(inbox.getInt("unseenCount")).isEqualTo(1);
    assertThat(pop("ssl", alice, op("stat")).getJsonArray("ops").getJsonArray(0).getInt(0))
        .isEqualTo(1);
  }

  @Test
  void wrongPasswordsAndOtherTenantsShouldGetNothing() {
    MxSender.deliver(server, alice, message("private"));

    JsonObject wrong = Poplib.session(server.ports().pop3(), "stls", alice, "wrong", false, ops());
    JsonObject wrongSasl =
        Poplib.session(server.ports().pop3s(), "ssl", alice, "wrong", true, ops());
    JsonObject other = pop("ssl", bob, op("stat"), op("uidl"));
    JsonObject sasl =
        Poplib.session(
            server.ports().pop3s(), "ssl", alice, Provisioning.PASSWORD, true, ops(op("stat")));

    assertThat(wrong.getString("error")).isEqualTo("-ERR [AUTH] Authentication failed");
    assertThat(wrongSasl.getString("error")).isEqualTo("-ERR [AUTH] Authentication failed");
    assertThat(other.getJsonArray("ops").getJsonArray(0).getInt(0)).isZero();
    assertThat(other.getJsonArray("ops").getJsonArray(1)).isEmpty();
    assertThat(sasl.getJsonArray("ops").getJsonArray(0).getInt(0)).isEqualTo(1);
  }

  private JsonObject pop(String mode, String user, Object[]... commands) {
    int port = mode.equals("ssl") ? server.ports().pop3s() : server.ports().pop3();
    return Poplib.session(port, mode, user, Provisioning.PASSWORD, false, ops(commands));
  }

  static byte[] message(String subject) {
    return ("From: partner@sender.example\r\nSubject: " + subject + "\r\n\r\nbody\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> uidls(JsonObject session) {
    return strings(session.getJsonArray("ops").getJsonArray(0)).stream()
        .map(line -> line.substring(line.indexOf(' ') + 1))
        .toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
