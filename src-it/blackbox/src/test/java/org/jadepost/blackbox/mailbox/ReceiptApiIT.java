package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.ExternalClient;
import org.jadepost.blackbox.server.Smtplib;
import org.junit.jupiter.api.Test;

/**
 * Received read receipts over the user REST API (C5, sender side): alice asks for a receipt, bob's
 * mail app answers with an RFC 8098 MDN over submission, and alice's Sent copy lists "displayed by
 * bob". Only the sender sees receipts of her messages.
 */
class ReceiptApiIT extends TwoUsersApiTest {

  private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

  @Override
  protected String domainPrefix() {
    return "receipt-api";
  }

  @Test
  void receiptFromTheReaderShouldBeListedOnTheSentMessage() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    sendAskingForReceipt("Angebot 报价");
    String received = new Mailbox(server, bob).newestRaw("INBOX");
    assertThat(received).containsPattern("(?im)^Disposition-Notification-To:.*" + alice);
    String path = sentReceiptsPath();
    assertThat(own.get(path).jsonArray()).isEmpty();

    ExternalClient.Run mdn = submitReceipt(bob, alice, messageId(received));

    assertThat(mdn.output()).as(mdn.output()).contains("SENT {}");
    JsonArray receipts = awaitReceipts(path, Duration.ofSeconds(30));
    assertThat(receipts).hasSize(1);
    JsonObject receipt = receipts.getJsonObject(0);
    assertThat(receipt.getString("reporter")).isEqualTo(bob);
    assertThat(receipt.getString("disposition")).isEqualTo("displayed");
    assertThat(Instant.parse(receipt.getString("at"))).isAfter(before);
  }

  @Test
  void receiptsShouldBeRefusedForOthersAndForUnknownMessages() throws Exception {
    sendAskingForReceipt("Private");
    String path = sentReceiptsPath();
    long sent = new Mailbox(server, alice).folder("SENT").getJsonNumber("id").longValue();
    ApiClient bobApi = ApiClient.as(server.baseUri(), bob, Provisioning.PASSWORD);
    Provisioning provisioning = new Provisioning(server);
    String stranger =
        provisioning.createUser(provisioning.createDomain("receipt-other"), "alice", "Alice");
    ApiClient strangerApi = ApiClient.as(server.baseUri(), stranger, Provisioning.PASSWORD);

    assertThat(assertError(bobApi.get(path), 404)).isNotBlank();
    assertThat(assertError(strangerApi.get(path), 404)).isNotBlank();
    assertThat(assertError(ApiClient.anonymous(server.baseUri()).get(path), 401)).isNotBlank();
    assertThat(
            assertError(
                own.get("/api/v1/mailbox/folders/" + sent + "/messages/999999/receipts"), 404))
        .isEqualTo("message.notfound");
    assertThat(assertError(own.get("/api/v1/mailbox/folders/999999999/messages/1/receipts"), 404))
        .isNotBlank();
    assertThat(own.get(path).jsonArray()).isEmpty();
  }

  private void sendAskingForReceipt(String subject) {
    JsonObject message =
        Json.createObjectBuilder()
            .add("to", Json.createArrayBuilder().add(bob))
            .add("subject", subject)
            .add("text", "Please confirm.")
            .add("receipt", true)
            .build();
    ApiResponse sent = own.post("/api/v1/mailbox/outbox", message);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
  }

  private String sentReceiptsPath() {
    Mailbox mailbox = new Mailbox(server, alice);
    long folder = mailbox.folder("SENT").getJsonNumber("id").longValue();
    List<JsonObject> sent = mailbox.messages("SENT");
    assertThat(sent).hasSize(1);
    long uid = sent.get(0).getJsonNumber("uid").longValue();
    return "/api/v1/mailbox/folders/" + folder + "/messages/" + uid + "/receipts";
  }

  private ExternalClient.Run submitReceipt(String reader, String sender, String originalId) {
    String mdn =
        String.join(
            "\r\n",
            "From: " + reader,
            "To: " + sender,
            "Subject: Read: Angebot",
            "MIME-Version: 1.0",
            "Content-Type: multipart/report; report-type=disposition-notification;"
                + " boundary=\"mdn-boundary\"",
            "",
            "--mdn-boundary",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Your message was displayed.",
            "--mdn-boundary",
            "Content-Type: message/disposition-notification",
            "",
            "Reporting-UA: client.test; Python smtplib",
            "Final-Recipient: rfc822;" + reader,
            "Original-Message-ID: " + originalId,
            "Disposition: manual-action/MDN-sent-manually; displayed",
            "",
            "--mdn-boundary--",
            "");
    return Smtplib.submit(
        "starttls",
        server.ports().submission(),
        reader,
        Provisioning.PASSWORD,
        reader,
        List.of(sender),
        mdn,
        false);
  }

  private JsonArray awaitReceipts(String path, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    JsonArray receipts = own.get(path).jsonArray();
    while (receipts.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(250);
      receipts = own.get(path).jsonArray();
    }
    return receipts;
  }

  private static String messageId(String raw) {
    Matcher id = MESSAGE_ID.matcher(raw);
    assertThat(id.find()).as("Message-ID in " + raw).isTrue();
    return id.group(1);
  }
}
