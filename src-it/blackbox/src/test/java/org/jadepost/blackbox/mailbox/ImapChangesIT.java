package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.mailbox.ImapClientsIT.PARTNER;
import static org.jadepost.blackbox.mailbox.ImapClientsIT.chineseMessage;

import jakarta.json.JsonObject;
import java.util.List;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two clients on one mailbox see each other: mail delivered over SMTP reaches an IDLE session in
 * under a second, and flags and expunges made in one session reach the other.
 */
@ExtendWith(SharedJadepost.class)
class ImapChangesIT {

  private JadepostProcess server;
  private String alice;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    alice = provisioning.createUser(provisioning.createDomain("idle"), "alice", "王小明");
  }

  @Test
  void idleShouldReportMailDeliveredOverSmtpWithinASecond() {
    List<JsonObject> answers =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "select", "INBOX")
            .idle("a", PARTNER, alice, chineseMessage(alice, "新邮件", "到了"))
            .run();

    assertThat(answers.get(1).getJsonArray("data").getString(0)).isEqualTo("0");
    JsonObject idle = answers.get(2);
    assertThat(idle.getJsonArray("data").toString()).contains("* 1 EXISTS");
    assertThat(idle.getInt("ms")).as(idle.toString()).isLessThan(1000);
  }

  @Test
  void flagsAndExpungesOfOneSessionShouldReachTheOther() {
    ImapScript.deliver(server, PARTNER, alice, chineseMessage(alice, "甲", "甲"));
    ImapScript.deliver(server, PARTNER, alice, chineseMessage(alice, "乙", "乙"));

    List<JsonObject> answers =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .session("b", alice, Provisioning.PASSWORD)
            .step("a", "select", "INBOX")
            .step("b", "select", "INBOX")
            .step("a", "uid", "STORE", "1", "+FLAGS", "(\\Seen \\Flagged)")
            .step("b", "noop")
            .step("b", "uid", "STORE", "2", "+FLAGS", "(\\Deleted)")
            .step("b", "expunge")
            .step("a", "noop")
            .step("a", "uid", "SEARCH", "ALL")
            .run();

    String seenByB = answers.get(5).getJsonObject("untagged").toString();
    assertThat(seenByB).contains("FETCH", "\\\\Seen", "\\\\Flagged");
    String seenByA = answers.get(8).getJsonObject("untagged").toString();
    assertThat(seenByA).contains("EXPUNGE").contains("2");
    assertThat(answers.get(9).getJsonArray("data").getString(0)).isEqualTo("1");
  }
}
