package org.jadepost.it.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jadepost.it.server.DeployedServer;
import org.jadepost.it.server.Endpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DeletedMailPurgeJob (FEATURES K3) runs wherever {@code jadepost.ear} is deployed: the provider
 * administrator starts it over REST, it completes, and mail emptied today stays restorable. That
 * older mail goes is proven in-container on Payara Server ({@code DeletedMailPurgeJobIT}), where a
 * test can age an entry in the server's database; WildFly's in-memory H2 is out of reach here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ServerLogOnFailure.class)
public interface RetentionJobContract {

  String USER_PASSWORD = "Secret-123";
  String JOB = "api/v1/jobs/deleted-mail-purge";

  /** The server with the EAR deployed; {@code null} until {@code @BeforeAll} has run. */
  DeployedServer server();

  @Test
  default void purgeJobShouldCompleteOnTheServerAndKeepMailEmptiedToday() throws Exception {
    Endpoints endpoints = server().endpoints();
    AdminApi api = new AdminApi(endpoints);
    String user = "keeper@" + newDomain(api);
    String subject = "keep-" + UUID.randomUUID();
    SubmissionClient.send(endpoints.submissionPort(), user, USER_PASSWORD, user, subject);
    emptyToDeleted(api, user, awaitInInbox(api, user, subject));

    HttpResponse<String> started = api.postAs(user, USER_PASSWORD, JOB, "");
    assertThat(started.statusCode()).as("only the provider administrator").isEqualTo(403);
    started = api.post(JOB, "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    JsonObject end =
        awaitEnd(api, AdminApi.object(started).getJsonNumber("executionId").longValue());

    assertThat(end.getString("status")).as(end.toString()).isEqualTo("COMPLETED");
    assertThat(end.getString("exitStatus")).as("entries purged").matches("\\d+");
    assertThat(subjects(api.getAs(user, USER_PASSWORD, "api/v1/mailbox/deleted")))
        .contains(subject);
  }

  private static String newDomain(AdminApi api) throws Exception {
    String domain = "purge-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    assertThat(api.post("api/v1/domains", "{\"name\":\"" + domain + "\"}").statusCode())
        .isEqualTo(201);
    String json =
        "{\"localPart\":\"keeper\",\"password\":\"" + USER_PASSWORD + "\",\"displayName\":\"K\"}";
    assertThat(api.post("api/v1/domains/" + domain + "/users", json).statusCode()).isEqualTo(201);
    return domain;
  }

  // The cleanup scan's entry {folderId, uid} for the delivered message, once it is in the Inbox.
  private static JsonObject awaitInInbox(AdminApi api, String user, String subject)
      throws Exception {
    long inbox =
        AdminApi.array(api.getAs(user, USER_PASSWORD, "api/v1/mailbox/folders"))
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(f -> "INBOX".equals(f.getString("specialUse", "")))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String query = "{\"folderIds\":[" + inbox + "],\"subject\":\"" + subject + "\"}";
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      HttpResponse<String> found =
          api.postAs(user, USER_PASSWORD, "api/v1/mailbox/cleanup/scan", query);
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      List<JsonObject> hits = AdminApi.array(found).getValuesAs(JsonObject.class);
      if (!hits.isEmpty() || System.nanoTime() > deadline) {
        assertThat(hits).as("delivered to the Inbox").hasSize(1);
        return hits.get(0);
      }
      Thread.sleep(250);
    }
  }

  // Moves {@code hit} to Deleted with the cleanup and empties Deleted: a restorable entry.
  private static void emptyToDeleted(AdminApi api, String user, JsonObject hit) throws Exception {
    String ref =
        "[{\"folderId\":"
            + hit.getJsonNumber("folderId")
            + ",\"uid\":"
            + hit.getJsonObject("message").getJsonNumber("uid")
            + "}]";
    HttpResponse<String> moved =
        api.postAs(user, USER_PASSWORD, "api/v1/mailbox/cleanup/delete", ref);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    HttpResponse<String> emptied =
        api.postAs(user, USER_PASSWORD, "api/v1/mailbox/deleted/empty/TRASH", "");
    assertThat(emptied.statusCode()).as(emptied.body()).isEqualTo(200);
    assertThat(AdminApi.object(emptied).getInt("emptied")).isOne();
  }

  private static JsonObject awaitEnd(AdminApi api, long execution) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      HttpResponse<String> response = api.get(JOB + "/" + execution);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonObject status = AdminApi.object(response);
      if (status.getBoolean("ended") || System.nanoTime() > deadline) {
        return status;
      }
      Thread.sleep(200);
    }
  }

  private static List<String> subjects(HttpResponse<String> deleted) {
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
    return AdminApi.array(deleted).getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("subject"))
        .toList();
  }
}
