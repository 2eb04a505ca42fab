package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.ExternalClient;
import org.junit.jupiter.api.Test;

/**
 * Writing mail over the user REST API with the webmail's rules: hostile HTML is sanitized before it
 * leaves, the sender may only use his own addresses, bad addresses are named, and drafts are IMAP
 * messages in Drafts that only their owner can discard.
 */
class ComposeApiIT extends TwoUsersApiTest {

  @Override
  protected String domainPrefix() {
    return "compose-api";
  }

  @Test
  void sentMailShouldBeSanitizedSignedAndCopiedToSent() {
    ApiResponse sent =
        own.post(
            "/api/v1/mailbox/outbox",
            message(
                List.of(bob), "周报 weekly", "<p onclick=\"x()\">你好<script>alert(1)</script></p>"));

    assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
    assertThat(sent.json().getString("queueId")).isNotBlank();
    String received = new Mailbox(server, bob).newestRaw("INBOX");
    assertThat(received)
        .contains("DKIM-Signature:")
        .contains("From: Alice <" + alice + ">")
        .doesNotContain("script")
        .doesNotContain("onclick");
    assertThat(new Mailbox(server, bob).messages("INBOX"))
        .singleElement()
        .extracting(m -> m.getString("subject"))
        .isEqualTo("周报 weekly");
    assertThat(new Mailbox(server, alice).messages("SENT")).hasSize(1);
  }

  @Test
  void foreignSenderBadAddressAndNoRecipientShouldBeRefusedWithTheirCodes() {
    JsonObject forged =
        Json.createObjectBuilder(message(List.of(bob), "x", "<p>x</p>"))
            .add("from", "ceo@" + bob.substring(bob.indexOf('@') + 1))
            .build();

    assertThat(assertError(own.post("/api/v1/mailbox/outbox", forged), 400))
        .isEqualTo("compose.sender.notowned");
    assertThat(
            assertError(
                own.post("/api/v1/mailbox/outbox", message(List.of("bob@"), "x", "<p>x</p>")), 400))
        .isEqualTo("compose.address.invalid");
    assertThat(
            assertError(
                own.post("/api/v1/mailbox/outbox", message(List.of(), "x", "<p>x</p>")), 400))
        .isEqualTo("compose.recipients.none");
    assertThat(new Mailbox(server, bob).messages("INBOX")).isEmpty();
  }

  @Test
  void draftShouldBeAnImapDraftThatOnlyItsOwnerDiscards() {
    ApiResponse saved =
        own.post("/api/v1/mailbox/drafts", message(List.of(bob), "Plan", "<p>first</p>"));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
    long uid = saved.json().getJsonNumber("uid").longValue();
    String flags =
        ExternalClient.run(
                "",
                "curl",
                "--silent",
                "--url",
                "imap://127.0.0.1:" + server.ports().imap() + "/Drafts",
                "--user",
                alice + ":" + Provisioning.PASSWORD,
                "--request",
                "UID FETCH " + uid + " (FLAGS)")
            .output();
    assertThat(flags).contains("\\Draft");
    assertThat(new Mailbox(server, alice).messages("DRAFTS"))
        .singleElement()
        .extracting(m -> m.getString("subject"))
        .isEqualTo("Plan");

    ApiClient bobApi = ApiClient.as(server.baseUri(), bob, Provisioning.PASSWORD);
    assertThat(assertError(bobApi.delete("/api/v1/mailbox/drafts/" + uid), 404)).isNotBlank();
    assertThat(own.delete("/api/v1/mailbox/drafts/" + uid).status()).isEqualTo(204);
    assertThat(new Mailbox(server, alice).messages("DRAFTS")).isEmpty();
    assertThat(assertError(own.delete("/api/v1/mailbox/drafts/" + uid), 404)).isNotBlank();
  }

  @Test
  void builtInTemplatesShouldBeOfferedInBothLanguages() {
    List<String> chinese =
        own
            .get("/api/v1/mailbox/templates?lang=zh")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(t -> t.getString("name"))
            .toList();
    List<String> english =
        own.get("/api/v1/mailbox/templates").jsonArray().getValuesAs(JsonObject.class).stream()
            .map(t -> t.getString("name"))
            .toList();

    assertThat(chinese).hasSize(6).contains("询盘回复", "报价", "样品跟进", "订单确认", "发货通知", "节日问候");
    assertThat(english).hasSize(6).contains("Inquiry reply", "Holiday greeting");
  }

  private static JsonObject message(List<String> to, String subject, String html) {
    JsonArrayBuilder recipients = Json.createArrayBuilder();
    to.forEach(recipients::add);
    return Json.createObjectBuilder()
        .add("to", recipients)
        .add("subject", subject)
        .add("html", html)
        .build();
  }
}
