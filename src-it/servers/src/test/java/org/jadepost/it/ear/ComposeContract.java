package org.jadepost.it.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jadepost.it.server.DeployedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writing mail (issue 6) wherever {@code jadepost.ear} is deployed: a message sent over the user
 * REST API goes through the submission rules into the colleague's Inbox with a Chinese subject
 * intact, a Sent copy stays, and a draft lands in Drafts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ServerLogOnFailure.class)
public interface ComposeContract {

  String COMPOSE_PASSWORD = "Secret-123";

  /** The server with the EAR deployed; {@code null} until {@code @BeforeAll} has run. */
  DeployedServer server();

  @Test
  default void composeShouldSendToAColleagueAndKeepSentAndDraftCopies() throws Exception {
    AdminApi api = new AdminApi(server().endpoints());
    String domain = "compose-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    assertThat(api.post("api/v1/domains", "{\"name\":\"" + domain + "\"}").statusCode())
        .isEqualTo(201);
    for (String user : List.of("alice", "bob")) {
      String json =
          "{\"localPart\":\""
              + user
              + "\",\"password\":\""
              + COMPOSE_PASSWORD
              + "\",\"displayName\":\""
              + user
              + "\"}";
      assertThat(api.post("api/v1/domains/" + domain + "/users", json).statusCode()).isEqualTo(201);
    }
    String alice = "alice@" + domain;
    String bob = "bob@" + domain;
    String message =
        "{\"to\":[\"" + bob + "\"],\"subject\":\"报价单 EAR\",\"html\":\"<p>你好 <b>Bob</b></p>\"}";

    HttpResponse<String> sent =
        api.postAs(alice, COMPOSE_PASSWORD, "api/v1/mailbox/outbox", message);
    HttpResponse<String> draft =
        api.postAs(alice, COMPOSE_PASSWORD, "api/v1/mailbox/drafts", message);

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
    assertThat(awaitSubjects(api, bob, "INBOX")).containsExactly("报价单 EAR");
    assertThat(awaitSubjects(api, alice, "SENT")).containsExactly("报价单 EAR");
    assertThat(awaitSubjects(api, alice, "DRAFTS")).containsExactly("报价单 EAR");
  }

  private static List<String> awaitSubjects(AdminApi api, String user, String use)
      throws Exception {
    long folder =
        AdminApi.array(api.getAs(user, COMPOSE_PASSWORD, "api/v1/mailbox/folders"))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(f -> use.equals(f.getString("specialUse", "")))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      HttpResponse<String> page =
          api.getAs(user, COMPOSE_PASSWORD, "api/v1/mailbox/folders/" + folder + "/messages");
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      List<String> subjects =
          AdminApi.object(page).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
              .map(m -> m.getString("subject"))
              .toList();
      if (!subjects.isEmpty() || System.nanoTime() > deadline) {
        return subjects;
      }
      Thread.sleep(250);
    }
  }
}
