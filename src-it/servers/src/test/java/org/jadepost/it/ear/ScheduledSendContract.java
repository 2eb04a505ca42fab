package org.jadepost.it.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jadepost.it.server.DeployedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled send (C4) wherever {@code jadepost.ear} is deployed: the application server's EJB timer
 * sends a message scheduled over the REST API at its time and not before, and a cancelled one is
 * gone from the list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ServerLogOnFailure.class)
public interface ScheduledSendContract {

  /** The server with the EAR deployed; {@code null} until {@code @BeforeAll} has run. */
  DeployedServer server();

  @Test
  default void scheduledMailShouldLeaveAtItsTimeAndCancelledMailNever() throws Exception {
    AdminApi api = new AdminApi(server().endpoints());
    UserMail mail = UserMail.create(api, "scheduled", "alice", "bob");
    String alice = mail.address("alice");
    String bob = mail.address("bob");
    Instant soon = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);

    HttpResponse<String> scheduled =
        api.postAs(
            alice,
            UserMail.PASSWORD,
            "api/v1/mailbox/scheduled",
            request(bob, "定时 EAR", soon.atOffset(ZoneOffset.ofHours(8)).toString()));

    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
    assertThat(OffsetDateTime.parse(AdminApi.object(scheduled).getString("sendAt")).toInstant())
        .isEqualTo(soon);
    assertThat(mail.messages(bob, "INBOX")).isEmpty();
    assertThat(mail.awaitSubjects(bob, "INBOX")).containsExactly("定时 EAR");
    assertThat(Instant.now()).isAfterOrEqualTo(soon);
    assertThat(mail.awaitSubjects(alice, "SENT")).containsExactly("定时 EAR");

    String inAnHour = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString();
    HttpResponse<String> later =
        api.postAs(
            alice, UserMail.PASSWORD, "api/v1/mailbox/scheduled", request(bob, "Later", inAnHour));
    assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
    long id = AdminApi.object(later).getJsonNumber("id").longValue();
    assertThat(subjects(api, alice)).containsExactly("Later");
    assertThat(api.deleteAs(bob, UserMail.PASSWORD, "api/v1/mailbox/scheduled/" + id).statusCode())
        .isEqualTo(404);
    assertThat(
            api.deleteAs(alice, UserMail.PASSWORD, "api/v1/mailbox/scheduled/" + id).statusCode())
        .isEqualTo(204);
    assertThat(subjects(api, alice)).isEmpty();
  }

  private static List<String> subjects(AdminApi api, String user) throws Exception {
    HttpResponse<String> listed = api.getAs(user, UserMail.PASSWORD, "api/v1/mailbox/scheduled");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    return AdminApi.array(listed).getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("subject"))
        .toList();
  }

  private static String request(String to, String subject, String sendAt) {
    return "{\"message\":{\"to\":[\""
        + to
        + "\"],\"subject\":\""
        + subject
        + "\",\"text\":\"Sent later.\"},\"sendAt\":\""
        + sendAt
        + "\",\"timeZone\":\"Asia/Shanghai\"}";
  }
}
