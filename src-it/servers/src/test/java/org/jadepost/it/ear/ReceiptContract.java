package org.jadepost.it.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.it.server.DeployedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Read receipts (C5) wherever {@code jadepost.ear} is deployed: alice asks for one over the REST
 * API, bob's mail app answers with an MDN over submission, and alice's Sent copy then lists
 * "displayed by bob"; bob cannot read the receipts of alice's message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ServerLogOnFailure.class)
public interface ReceiptContract {

  /** The server with the EAR deployed; {@code null} until {@code @BeforeAll} has run. */
  DeployedServer server();

  @Test
  default void readReceiptShouldShowOnTheSentMessage() throws Exception {
    AdminApi api = new AdminApi(server().endpoints());
    UserMail mail = UserMail.create(api, "receipt", "alice", "bob");
    String alice = mail.address("alice");
    String bob = mail.address("bob");
    HttpResponse<String> sent =
        api.postAs(
            alice,
            UserMail.PASSWORD,
            "api/v1/mailbox/outbox",
            "{\"to\":[\"" + bob + "\"],\"subject\":\"回执 EAR\",\"text\":\"Hi\",\"receipt\":true}");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
    JsonObject received = mail.await(bob, "INBOX").get(0);
    String original =
        new String(
            mail.raw(bob, "INBOX", received.getJsonNumber("uid").longValue()),
            StandardCharsets.UTF_8);
    assertThat(original).containsPattern("(?im)^Disposition-Notification-To:.*" + alice);
    JsonObject copy = mail.await(alice, "SENT").get(0);
    String receipts =
        "api/v1/mailbox/folders/"
            + mail.folder(alice, "SENT")
            + "/messages/"
            + copy.getJsonNumber("uid").longValue()
            + "/receipts";
    assertThat(AdminApi.array(api.getAs(alice, UserMail.PASSWORD, receipts))).isEmpty();

    SubmissionClient.sendReceipt(
        server().endpoints().submissionPort(), bob, UserMail.PASSWORD, alice, messageId(original));

    JsonArray shown = awaitReceipts(api, alice, receipts);
    assertThat(shown).hasSize(1);
    assertThat(shown.getJsonObject(0).getString("reporter")).isEqualTo(bob);
    assertThat(shown.getJsonObject(0).getString("disposition")).isEqualTo("displayed");
    assertThat(api.getAs(bob, UserMail.PASSWORD, receipts).statusCode()).isEqualTo(404);
  }

  private static JsonArray awaitReceipts(AdminApi api, String user, String path) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonArray receipts = AdminApi.array(api.getAs(user, UserMail.PASSWORD, path));
    while (receipts.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(250);
      receipts = AdminApi.array(api.getAs(user, UserMail.PASSWORD, path));
    }
    return receipts;
  }

  private static String messageId(String raw) {
    Matcher id = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)").matcher(raw);
    assertThat(id.find()).as("Message-ID in " + raw).isTrue();
    return id.group(1);
  }
}
