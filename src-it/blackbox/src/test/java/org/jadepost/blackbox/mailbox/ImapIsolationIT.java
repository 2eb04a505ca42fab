package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.mailbox.ImapClientsIT.PARTNER;
import static org.jadepost.blackbox.mailbox.ImapClientsIT.chineseMessage;
import static org.jadepost.blackbox.mailbox.ImapScript.text;

import jakarta.json.JsonObject;
import java.util.List;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing crosses tenants over IMAP: a user of another company sees none of alice's folders or
 * messages, whatever names or UIDs he tries, and a wrong password gets no session.
 */
@ExtendWith(SharedJadepost.class)
class ImapIsolationIT {

  private JadepostProcess server;
  private String alice;
  private String mallory;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    alice = provisioning.createUser(provisioning.createDomain("victim"), "alice", "王小明");
    mallory = provisioning.createUser(provisioning.createDomain("other"), "mallory", "Mallory");
  }

  @Test
  void anotherTenantShouldSeeNoneOfAlicesFoldersOrMessages() {
    ImapScript.deliver(server, PARTNER, alice, chineseMessage(alice, "机密", "工资单"));
    List<JsonObject> setup =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "create", "Secret")
            .step("a", "select", "INBOX")
            .step("a", "uid", "COPY", "1", "Secret")
            .run();
    assertThat(setup.get(3).getString("typ")).isEqualTo("OK");

    List<JsonObject> answers =
        ImapScript.overTls(server)
            .session("m", mallory, Provisioning.PASSWORD)
            .step("m", "list")
            .step("m", "select", "Secret")
            .step("m", "status", "Secret", "(MESSAGES)")
            .step("m", "select", "INBOX")
            .step("m", "uid", "FETCH", "1:*", "(BODY.PEEK[])")
            .step("m", "literal", "工资")
            .step("m", "uid", "SEARCH", "CHARSET", "UTF-8", "BODY")
            .step("m", "delete", "Secret")
            .step("m", "rename", "Secret", "Mine")
            .run();

    assertThat(text(answers.get(1))).doesNotContain("Secret");
    assertThat(answers.get(2).getString("typ")).isEqualTo("NO");
    assertThat(text(answers.get(2))).contains("NONEXISTENT");
    assertThat(answers.get(3).getString("typ")).isIn("NO", "ERROR");
    assertThat(answers.get(4).getJsonArray("data").getString(0)).isEqualTo("0");
    assertThat(text(answers.get(5))).doesNotContain("工资", "b64");
    assertThat(answers.get(7).getJsonArray("data").getString(0)).isEmpty();
    assertThat(answers.get(8).getString("typ")).isEqualTo("NO");
    assertThat(answers.get(9).getString("typ")).isEqualTo("NO");
  }

  @Test
  void aWrongPasswordShouldGetNoSession() {
    List<JsonObject> answers =
        ImapScript.overTls(server).session("a", alice, "not-the-password-2026").run();

    assertThat(answers.get(0).getString("typ")).isEqualTo("NO");
    assertThat(answers.get(0).getString("data")).contains("AUTHENTICATIONFAILED");
  }
}
