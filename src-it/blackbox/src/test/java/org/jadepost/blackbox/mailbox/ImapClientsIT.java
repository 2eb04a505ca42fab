package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.mailbox.ImapScript.literal;
import static org.jadepost.blackbox.mailbox.ImapScript.text;
import static org.jadepost.blackbox.mailbox.ImapScript.utf8;

import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Python imaplib as a mail client uses IMAP: mail delivered over MX is listed, fetched byte for
 * byte and found by Chinese subject and GBK body; flags, copies, moves, expunges and appends land
 * where a user expects them.
 */
@ExtendWith(SharedJadepost.class)
class ImapClientsIT {

  static final String PARTNER = "partner@sender.example";

  private JadepostProcess server;
  private String alice;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    String domain = provisioning.createDomain("imap");
    alice = provisioning.createUser(domain, "alice", "王小明");
  }

  /** A message with an encoded Chinese subject and a GBK base64 body. */
  static String chineseMessage(String to, String subject, String body) {
    Charset gbk = Charset.forName("GBK");
    return "From: Partner <"
        + PARTNER
        + ">\r\nTo: "
        + to
        + "\r\nSubject: =?UTF-8?B?"
        + Base64.getEncoder().encodeToString(utf8(subject))
        + "?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=GBK\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(body.getBytes(gbk))
        + "\r\n";
  }

  @Test
  void imaplibShouldListSelectFetchAndSearchWhatMxDelivered() {
    String message = chineseMessage(alice, "报价单 第三版", "请查收附件中的合同。");
    ImapScript.deliver(server, PARTNER, alice, message);
    ImapScript.deliver(server, PARTNER, alice, chineseMessage(alice, "会议通知", "周五开会。"));

    List<JsonObject> answers =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "list")
            .step("a", "select", "INBOX")
            .step("a", "uid", "FETCH", "1", "(UID FLAGS ENVELOPE BODYSTRUCTURE BODY.PEEK[])")
            .step("a", "literal", "报价")
            .step("a", "uid", "SEARCH", "CHARSET", "UTF-8", "SUBJECT")
            .step("a", "literal", "合同")
            .step("a", "uid", "SEARCH", "CHARSET", "UTF-8", "BODY")
            .step("a", "uid", "SEARCH", "UNSEEN", "NOT", "FROM", "nobody")
            .run();

    assertThat(answers.get(0).getString("typ")).isEqualTo("OK");
    String list = text(answers.get(1));
    assertThat(list).contains("INBOX", "\\\\Sent", "\\\\Drafts", "\\\\Trash", "\\\\Junk");
    assertThat(answers.get(2).getJsonArray("data").getString(0)).isEqualTo("2");
    JsonObject fetch = answers.get(3);
    assertThat(fetch.getString("typ")).isEqualTo("OK");
    String head = fetch.getJsonArray("data").getJsonObject(0).getString("head");
    assertThat(head).contains("UID 1", "ENVELOPE", "BODYSTRUCTURE", "\"GBK\"", "BASE64");
    byte[] body = literal(fetch);
    assertThat(new String(body, Charset.forName("UTF-8")))
        .isEqualTo(new Mailbox(server, alice).raw("INBOX", 1))
        .endsWith(message);
    assertThat(answers.get(5).getJsonArray("data").getString(0)).isEqualTo("1");
    assertThat(answers.get(7).getJsonArray("data").getString(0)).isEqualTo("1");
    assertThat(answers.get(8).getJsonArray("data").getString(0)).isEqualTo("1 2");
  }

  @Test
  void storeCopyMoveExpungeAndAppendShouldLandWhereTheUserExpects() {
    for (String subject : List.of("一", "二", "三")) {
      ImapScript.deliver(server, PARTNER, alice, chineseMessage(alice, subject, subject));
    }
    String appended = "From: " + alice + "\r\nTo: " + alice + "\r\nSubject: 草稿\r\n\r\n自己写的笔记\r\n";

    // Session b never enables UTF8=ACCEPT: it names the folder in modified UTF-7 (RFC 3501
    // §5.1.3), and its APPEND literal is the message itself (imaplib wraps it in "UTF8 (...)"
    // once UTF8=ACCEPT is on).
    List<JsonObject> answers =
        ImapScript.withStartTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .session("b", alice, Provisioning.PASSWORD)
            .step("a", "enable", "UTF8=ACCEPT")
            .step("a", "create", "\"项目/2026\"")
            .step("a", "select", "INBOX")
            .step("a", "uid", "STORE", "1", "+FLAGS", "(\\Flagged $Important)")
            .step("a", "uid", "COPY", "1", "\"项目/2026\"")
            .step("a", "uid", "MOVE", "2", "\"项目/2026\"")
            .step("a", "uid", "STORE", "3", "+FLAGS.SILENT", "(\\Deleted)")
            .step("a", "expunge")
            .step("b", "append", "&mHl27g-/2026", "(\\Seen)", appended)
            .step("a", "select", "\"项目/2026\"")
            .step("a", "uid", "FETCH", "1:*", "(FLAGS)")
            .step("a", "uid", "FETCH", "3", "(BODY.PEEK[])")
            .step("a", "status", "INBOX", "(MESSAGES UNSEEN UIDNEXT)")
            .step("a", "copy", "1", "\"不存在\"")
            .step("a", "delete", "INBOX")
            .run();

    assertThat(answers.get(4).getString("typ")).as(answers.get(4).toString()).isEqualTo("OK");
    assertThat(text(answers.get(5))).contains("\\\\Flagged", "$Important");
    assertThat(text(answers.get(6))).contains("COPYUID", " 1 1");
    assertThat(text(answers.get(7))).contains("COPYUID", " 2 2");
    // imaplib hands the "* n EXPUNGE" responses back as EXPUNGE's data: uid 3 was message 2.
    assertThat(answers.get(9).getJsonArray("data").getString(0)).isEqualTo("2");
    assertThat(text(answers.get(10))).contains("APPENDUID", " 3");
    assertThat(answers.get(11).getJsonArray("data").getString(0)).isEqualTo("3");
    String flags = text(answers.get(12));
    assertThat(flags).contains("UID 1 FLAGS (\\\\Flagged $Important)", "UID 3 FLAGS (\\\\Seen)");
    assertThat(literal(answers.get(13))).isEqualTo(utf8(appended));
    assertThat(text(answers.get(14))).contains("MESSAGES 1", "UNSEEN 1", "UIDNEXT 4");
    assertThat(text(answers.get(15))).contains("TRYCREATE");
    assertThat(answers.get(16).getString("typ")).isEqualTo("NO");
  }

  @Test
  void folderHierarchyShouldRenameWithChildrenAndKeepSystemFolders() {
    List<JsonObject> answers =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "enable", "UTF8=ACCEPT")
            .step("a", "create", "\"客户/华东/\"")
            .step("a", "status", "\"客户/华东\"", "(UIDVALIDITY)")
            .step("a", "rename", "\"客户\"", "Clients")
            .step("a", "list", "\"\"", "*")
            .step("a", "status", "\"Clients/华东\"", "(UIDVALIDITY)")
            .step("a", "delete", "Sent")
            .step("a", "delete", "Clients")
            .step("a", "list", "\"\"", "Clients")
            .step("a", "select", "Clients")
            .step("a", "delete", "\"Clients/华东\"")
            .step("a", "delete", "Clients")
            .step("a", "create", "\"客户/华东\"")
            .step("a", "status", "\"客户/华东\"", "(UIDVALIDITY)")
            .run();

    String list = text(answers.get(5));
    // Under UTF8=ACCEPT the adapter sends non-ASCII names as literals (base64 in the answer).
    assertThat(list)
        .contains("\\\"/\\\" \\\"Clients\\\"", base64("Clients/华东"))
        .doesNotContain(base64("客户/华东"), base64("客户"));
    long before = uidValidity(answers.get(3));
    long renamed = uidValidity(answers.get(6));
    assertThat(renamed).isGreaterThan(before);
    assertThat(text(answers.get(7))).contains("NOPERM");
    // RFC 3501 §6.3.4: a folder with children stays as a \Noselect node until they are gone.
    assertThat(answers.get(8).getString("typ")).isEqualTo("OK");
    assertThat(text(answers.get(9))).contains("\\\\Noselect");
    assertThat(text(answers.get(10))).contains("CANNOT");
    assertThat(answers.get(11).getString("typ")).isEqualTo("OK");
    assertThat(answers.get(12).getString("typ")).isEqualTo("OK");
    assertThat(uidValidity(answers.get(14)))
        .as("recreated under an old name")
        .isGreaterThan(renamed);
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(utf8(text));
  }

  private static long uidValidity(JsonObject status) {
    // A name sent as a literal makes the STATUS data a literal too: search the whole answer.
    Matcher value = Pattern.compile("UIDVALIDITY (\\d+)").matcher(text(status));
    assertThat(value.find()).as(status.toString()).isTrue();
    return Long.parseLong(value.group(1));
  }
}
