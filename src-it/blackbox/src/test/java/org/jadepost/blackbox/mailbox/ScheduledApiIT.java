package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.junit.jupiter.api.Test;

/**
 * Scheduled send over the user REST API (C4): a message leaves at its time and not before, a
 * cancelled one never leaves, and bad times are refused with the webmail's message in English or
 * Chinese. Nobody sees or cancels another's scheduled mail.
 */
class ScheduledApiIT extends TwoUsersApiTest {

  static final String SCHEDULED = "/api/v1/mailbox/scheduled";

  @Override
  protected String domainPrefix() {
    return "scheduled-api";
  }

  @Test
  void scheduledMailShouldReachTheColleagueOnlyAfterItsTime() throws Exception {
    Instant sendAt = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
    String at = sendAt.atOffset(ZoneOffset.ofHours(8)).toString();

    ApiResponse scheduled = own.post(SCHEDULED, request(message(bob, "定时 report"), at, null));

    assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
    assertThat(scheduled.json().getString("timeZone")).isEqualTo("+08:00");
    assertThat(OffsetDateTime.parse(scheduled.json().getString("sendAt")).toInstant())
        .isEqualTo(sendAt);
    List<JsonObject> listed = own.get(SCHEDULED).jsonArray().getValuesAs(JsonObject.class);
    assertThat(listed)
        .singleElement()
        .satisfies(s -> assertThat(s.getString("subject")).isEqualTo("定时 report"));
    assertThat(listed.get(0).getJsonArray("recipients").getString(0)).isEqualTo(bob);
    assertThat(new Mailbox(server, bob).messages("INBOX")).isEmpty();

    List<JsonObject> inbox = awaitInbox(server, bob, Duration.ofSeconds(60));
    assertThat(Instant.now()).isAfterOrEqualTo(sendAt);
    assertThat(inbox)
        .singleElement()
        .extracting(m -> m.getString("subject"))
        .isEqualTo("定时 report");
    assertThat(own.get(SCHEDULED).jsonArray()).isEmpty();
    assertThat(new Mailbox(server, alice).messages("SENT")).hasSize(1);
  }

  @Test
  void cancelledMailShouldNeverLeaveAndOnlyItsOwnerMayCancelIt() throws Exception {
    String inAnHour = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString();
    ApiResponse scheduled =
        own.post(SCHEDULED, request(message(bob, "Later"), inAnHour, "Asia/Shanghai"));
    assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
    long id = scheduled.json().getJsonNumber("id").longValue();
    assertThat(scheduled.json().getString("timeZone")).isEqualTo("Asia/Shanghai");
    assertThat(scheduled.json().getString("sendAt")).endsWith("+08:00");

    ApiClient bobApi = ApiClient.as(server.baseUri(), bob, Provisioning.PASSWORD);
    ApiClient stranger = strangerApi();
    assertThat(bobApi.get(SCHEDULED).jsonArray()).isEmpty();
    assertThat(assertError(bobApi.delete(SCHEDULED + "/" + id), 404))
        .isEqualTo("schedule.notfound");
    assertThat(assertError(stranger.delete(SCHEDULED + "/" + id), 404))
        .isEqualTo("schedule.notfound");
    assertThat(own.get(SCHEDULED).jsonArray()).hasSize(1);

    assertThat(own.delete(SCHEDULED + "/" + id).status()).isEqualTo(204);

    assertThat(own.get(SCHEDULED).jsonArray()).isEmpty();
    assertThat(assertError(own.delete(SCHEDULED + "/" + id), 404)).isEqualTo("schedule.notfound");
    assertThat(assertError(own.delete(SCHEDULED + "/999999999"), 404))
        .isEqualTo("schedule.notfound");
  }

  @Test
  void pastMalformedAndMissingTimesShouldBeRefusedInTheCallersLanguage() {
    String past = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString();
    JsonObject message = message(bob, "Too late");

    ApiResponse english = own.post(SCHEDULED, request(message, past, null));
    ApiResponse chinese =
        ApiClient.as(server.baseUri(), alice, Provisioning.PASSWORD)
            .speaking("zh-CN,zh;q=0.9")
            .post(SCHEDULED, request(message, past, null));

    assertThat(assertError(english, 400)).isEqualTo("schedule.time.past");
    assertThat(english.json().getString("message")).contains("has already passed");
    assertThat(assertError(chinese, 400)).isEqualTo("schedule.time.past");
    assertThat(chinese.json().getString("message")).contains("已经过去");
    assertThat(assertError(own.post(SCHEDULED, request(message, "tomorrow 9am", null)), 400))
        .isEqualTo("schedule.sendat.invalid");
    assertThat(assertError(own.post(SCHEDULED, request(message, "2030-01-01T09:00", null)), 400))
        .isEqualTo("schedule.sendat.invalid");
    assertThat(assertError(own.post(SCHEDULED, request(message, null, null)), 400))
        .isEqualTo("schedule.time.missing");
    String later = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString();
    assertThat(assertError(own.post(SCHEDULED, request(message, later, "Mars/Olympus")), 400))
        .isEqualTo("schedule.zone.unknown");
    assertThat(
            assertError(
                own.post(SCHEDULED, Json.createObjectBuilder().add("sendAt", later).build()), 400))
        .isEqualTo("body.missing");
    assertThat(assertError(own.post(SCHEDULED, request(message(bob + "@", "x"), later, null)), 400))
        .isEqualTo("compose.address.invalid");
    assertThat(own.get(SCHEDULED).jsonArray()).isEmpty();
  }

  private ApiClient strangerApi() {
    Provisioning provisioning = new Provisioning(server);
    String domain = provisioning.createDomain("scheduled-other");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    return ApiClient.as(server.baseUri(), alice, Provisioning.PASSWORD);
  }

  static List<JsonObject> awaitInbox(JadepostProcess server, String user, Duration patience)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    List<JsonObject> inbox = new Mailbox(server, user).messages("INBOX");
    while (inbox.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(250);
      inbox = new Mailbox(server, user).messages("INBOX");
    }
    return inbox;
  }

  private static JsonObject request(JsonObject message, String sendAt, String zone) {
    var request = Json.createObjectBuilder().add("message", message);
    if (sendAt != null) {
      request.add("sendAt", sendAt);
    }
    if (zone != null) {
      request.add("timeZone", zone);
    }
    return request.build();
  }

  static JsonObject message(String to, String subject) {
    return Json.createObjectBuilder()
        .add("to", Json.createArrayBuilder().add(to))
        .add("subject", subject)
        .add("html", "<p>你好 <b>Bob</b></p>")
        .build();
  }
}
