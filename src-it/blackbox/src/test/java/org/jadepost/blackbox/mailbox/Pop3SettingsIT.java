package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.server.Poplib.op;
import static org.jadepost.blackbox.server.Poplib.ops;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.Database;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.MxSender;
import org.jadepost.blackbox.server.Poplib;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two POP3 settings of T6 (manual §20.2, §20.3) through the user's settings API and poplib: the
 * POP range (last week by default, or all) and "POP clients may not delete web mail".
 */
@ExtendWith(SharedJadepost.class)
class Pop3SettingsIT {

  private JadepostProcess server;
  private String alice;
  private ApiClient own;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    alice = provisioning.createUser(provisioning.createDomain("popset"), "alice", "Alice");
    own = ApiClient.as(server.baseUri(), alice, Provisioning.PASSWORD);
  }

  @Test
  void popRangeShouldDefaultToLastWeekAndAllShouldAlsoShowOlderMail() {
    JsonObject defaults = own.get("/api/v1/mailbox/settings").json();
    assertThat(defaults.getString("popRange")).isEqualTo("LAST_WEEK");
    assertThat(defaults.getBoolean("popDeleteProtection")).isFalse();
    String old = Provisioning.unique("old");
    MxSender.deliver(server, alice, Pop3IT.message(old));
    MxSender.deliver(server, alice, Pop3IT.message("new"));
    int expectedLastWeek = 2;
    if (server.database() instanceof Database.PostgreSql postgreSql) {
      // Only PostgreSQL can be reached from outside the running server to age a message.
      assertThat(
              postgreSql.update(
                  "UPDATE mail_message SET internal_date = internal_date - INTERVAL '10 days'"
                      + " WHERE subject = '"
                      + old
                      + "'"))
          .isOne();
      expectedLastWeek = 1;
    }

    assertThat(count()).isEqualTo(expectedLastWeek);
    assertThat(put("popRange", "ALL").json().getString("popRange")).isEqualTo("ALL");
    assertThat(count()).isEqualTo(2);
    assertThat(put("popRange", "last_week").json().getString("popRange")).isEqualTo("LAST_WEEK");
    assertThat(count()).isEqualTo(expectedLastWeek);

    ApiResponse invalid = put("popRange", "MONTH");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().getString("error")).isEqualTo("mailbox.poprange.invalid");
  }

  @Test
  void deleteProtectionShouldKeepTheMessageForTheWebAndHideItFromPop() {
    MxSender.deliver(server, alice, Pop3IT.message("first"));
    MxSender.deliver(server, alice, Pop3IT.message("second"));
    List<String> before = uidls();
    ApiResponse on =
        own.put(
            "/api/v1/mailbox/settings",
            Json.createObjectBuilder().add("popDeleteProtection", true).build());
    assertThat(on.json().getBoolean("popDeleteProtection")).isTrue();
    assertThat(on.json().getBoolean("saveSentCopy")).as("other settings stay").isTrue();

    JsonObject quit = pop(op("dele", 1), op("quit"));

    assertThat(quit.getJsonArray("ops").getString(1)).contains("(1 messages left)");
    Mailbox web = new Mailbox(server, alice);
    assertThat(web.messages("INBOX")).hasSize(2);
    assertThat(web.folder("INBOX").getInt("messageCount")).isEqualTo(2);
    assertThat(uidls()).containsExactly(before.get(1));

    put("popDeleteProtection", false);
    pop(op("dele", 1), op("quit"));
    assertThat(web.messages("INBOX"))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("subject")).isEqualTo("first"));
    assertThat(count()).isZero();
  }

  private ApiResponse put(String name, Object value) {
    var body = Json.createObjectBuilder();
    if (value instanceof Boolean flag) {
      body.add(name, flag);
    } else {
      body.add(name, String.valueOf(value));
    }
    return own.put("/api/v1/mailbox/settings", body.build());
  }

  private int count() {
    return pop(op("stat")).getJsonArray("ops").getJsonArray(0).getInt(0);
  }

  private List<String> uidls() {
    return pop(op("uidl"))
        .getJsonArray("ops")
        .getJsonArray(0)
        .getValuesAs(JsonString.class)
        .stream()
        .map(s -> s.getString().substring(s.getString().indexOf(' ') + 1))
        .toList();
  }

  private JsonObject pop(Object[]... commands) {
    return Poplib.session(
        server.ports().pop3s(), "ssl", alice, Provisioning.PASSWORD, false, ops(commands));
  }
}
