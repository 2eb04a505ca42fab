package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;
import static org.jadepost.blackbox.mailbox.ImapScript.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/**
 * Mailbox cleanup (FEATURES K1) and the webmail settings (L1, L2) over the user REST API: a scan
 * finds mail by folder, date, size and subject; deleting moves it to Deleted (IMAP sees it), at
 * most 200 at once; settings keep their defaults until changed and refuse values not offered.
 */
class CleanupAndSettingsApiIT extends TwoUsersApiTest {

  @Override
  protected String domainPrefix() {
    return "cleanup";
  }

  @Test
  void scanShouldFindBySubjectSizeAndDateAndDeleteShouldMoveToDeleted() {
    String firstDay = LocalDate.now().toString(); // a run over midnight spans two days
    ImapScript.deliver(server, "partner@sender.example", alice, TagsApiIT.message("Invoice 1"));
    ImapScript.deliver(server, "partner@sender.example", alice, TagsApiIT.message("invoice 2"));
    String big =
        "From: partner@sender.example\r\nSubject: Invoice big\r\n\r\n"
            + ("x".repeat(70) + "\r\n").repeat(700);
    ImapScript.deliver(server, "partner@sender.example", alice, big);
    ImapScript.deliver(server, "partner@sender.example", alice, TagsApiIT.message("lunch"));
    long inbox = id(new Mailbox(server, alice).folder("INBOX"));
    String lastDay = LocalDate.now().toString();

    assertThat(subjects(scan(own, query(inbox).add("subject", "INVOICE"))))
        .containsExactlyInAnyOrder("Invoice 1", "invoice 2", "Invoice big");
    assertThat(subjects(scan(own, query(inbox).add("subject", "invoice").add("minBytes", 40_000))))
        .containsExactly("Invoice big");
    assertThat(subjects(scan(own, query(inbox).add("from", "2000-01-01").add("to", "2000-12-31"))))
        .isEmpty();
    List<JsonObject> todays =
        scan(own, query(inbox).add("from", firstDay).add("to", lastDay).add("maxBytes", 40_000));
    assertThat(subjects(todays)).containsExactlyInAnyOrder("Invoice 1", "invoice 2", "lunch");

    JsonArrayBuilder refs = Json.createArrayBuilder();
    todays.stream()
        .filter(m -> m.getJsonObject("message").getString("subject").contains("nvoice"))
        .forEach(
            m ->
                refs.add(
                    Json.createObjectBuilder()
                        .add("folderId", m.getJsonNumber("folderId").longValue())
                        .add("uid", m.getJsonObject("message").getJsonNumber("uid").longValue())));
    ApiResponse deleted = own.post("/api/v1/mailbox/cleanup/delete", refs.build().toString());
    assertThat(deleted.json().getInt("deleted")).isEqualTo(2);

    List<JsonObject> imap =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "status", "INBOX", "(MESSAGES)")
            .step("a", "status", "Deleted", "(MESSAGES)")
            .run();
    assertThat(text(imap.get(1))).contains("MESSAGES 2");
    assertThat(text(imap.get(2))).contains("MESSAGES 2");
  }

  @Test
  void cleanupShouldRefuseMoreThanTwoHundredNoFolderAndAnotherUsersFolder() {
    JsonArrayBuilder tooMany = Json.createArrayBuilder();
    long inbox = id(new Mailbox(server, alice).folder("INBOX"));
    for (int uid = 1; uid <= 201; uid++) {
      tooMany.add(Json.createObjectBuilder().add("folderId", inbox).add("uid", uid));
    }
    ApiResponse refused = own.post("/api/v1/mailbox/cleanup/delete", tooMany.build().toString());
    assertThat(assertError(refused, 400)).isEqualTo("cleanup.limit");
    assertThat(refused.json().getString("message")).contains("200");
    ApiResponse none = own.post("/api/v1/mailbox/cleanup/scan", Json.createObjectBuilder().build());
    assertThat(assertError(none, 400)).isEqualTo("cleanup.folders.none");

    ApiClient intruder = ApiClient.as(server.baseUri(), bob, Provisioning.PASSWORD);
    ApiResponse foreign = intruder.post("/api/v1/mailbox/cleanup/scan", query(inbox).build());
    assertThat(assertError(foreign, 404)).isEqualTo("folder.notfound");
  }

  @Test
  void settingsShouldDefaultChangeSeparatelyAndRefuseValuesNotOffered() {
    JsonObject defaults = own.get("/api/v1/mailbox/preferences").json();
    assertThat(defaults.getInt("pageSize")).isEqualTo(20);
    assertThat(defaults.getString("prefixStyle")).isEqualTo("EN");
    assertThat(defaults.getBoolean("showSizeColumn")).isTrue();

    JsonObject changed =
        own.put(
                "/api/v1/mailbox/preferences",
                Json.createObjectBuilder()
                    .add("pageSize", 50)
                    .add("prefixStyle", "zh")
                    .add("replyTo", "desk@example.com")
                    .add("showSizeColumn", false)
                    .build())
            .json();
    assertThat(changed.getInt("pageSize")).isEqualTo(50);
    assertThat(changed.getString("prefixStyle")).isEqualTo("ZH");
    assertThat(changed.getString("replyTo")).isEqualTo("desk@example.com");
    assertThat(changed.getBoolean("showSizeColumn")).isFalse();
    assertThat(changed.getBoolean("quoteOriginal")).as("unchanged").isTrue();
    JsonObject fontOnly =
        own.put(
                "/api/v1/mailbox/preferences",
                Json.createObjectBuilder().add("fontFamily", "kai").add("fontSize", 16).build())
            .json();
    assertThat(fontOnly.getInt("pageSize")).isEqualTo(50);
    assertThat(fontOnly.getString("fontFamily")).isEqualTo("KAI");

    ApiResponse badSize = put(own, "pageSize", 30);
    assertThat(assertError(badSize, 400)).isEqualTo("settings.pagesize.invalid");
    assertThat(assertError(put(own, "fontSize", 40), 400)).isEqualTo("settings.fontsize.invalid");
    ApiResponse badAddress =
        own.put(
            "/api/v1/mailbox/preferences",
            Json.createObjectBuilder().add("replyTo", "nobody").build());
    assertThat(assertError(badAddress, 400)).isEqualTo("settings.replyto.invalid");
    assertThat(own.get("/api/v1/mailbox/preferences").json().getInt("fontSize")).isEqualTo(16);
    ApiClient other = ApiClient.as(server.baseUri(), bob, Provisioning.PASSWORD);
    assertThat(other.get("/api/v1/mailbox/preferences").json().getInt("pageSize")).isEqualTo(20);
  }

  private static ApiResponse put(ApiClient api, String name, int value) {
    return api.put(
        "/api/v1/mailbox/preferences", Json.createObjectBuilder().add(name, value).build());
  }

  private static JsonObjectBuilder query(long folder) {
    return Json.createObjectBuilder().add("folderIds", Json.createArrayBuilder().add(folder));
  }

  private static List<JsonObject> scan(ApiClient api, JsonObjectBuilder query) {
    ApiResponse response = api.post("/api/v1/mailbox/cleanup/scan", query.build());
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.jsonArray().getValuesAs(JsonObject.class);
  }

  private static List<String> subjects(List<JsonObject> found) {
    return found.stream().map(m -> m.getJsonObject("message").getString("subject")).toList();
  }

  private static long id(JsonObject folder) {
    return folder.getJsonNumber("id").longValue();
  }
}
