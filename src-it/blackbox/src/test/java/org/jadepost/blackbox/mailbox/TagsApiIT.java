package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;
import static org.jadepost.blackbox.mailbox.ImapScript.text;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/**
 * Tags over the user REST API (FEATURES D7) checked with imaplib: a tag is an IMAP keyword on the
 * message, a keyword an IMAP client sets with a tag's name shows as that tag, deleting a tag takes
 * the keyword off every message; at most 20 tags; another user's tags are not found.
 */
class TagsApiIT extends TwoUsersApiTest {

  private static final String TAGS = "/api/v1/mailbox/tags";

  @Override
  protected String domainPrefix() {
    return "tags";
  }

  @Test
  void tagsShouldBeImapKeywordsBothWays() {
    for (String subject : List.of("one", "two")) {
      ImapScript.deliver(server, "partner@sender.example", alice, message(subject));
    }
    JsonObject urgent = create(own, "Urgent", "#FF0000");
    assertThat(urgent.getString("colour")).isEqualTo("#ff0000");
    assertThat(urgent.getString("keyword")).isEqualTo("Urgent");
    JsonObject important = create(own, "重要", "#1e88e5");
    String keyword = important.getString("keyword");
    assertThat(keyword).startsWith("$Tag");
    long inbox = new Mailbox(server, alice).folder("INBOX").getJsonNumber("id").longValue();

    assertThat(tag(own, id(urgent), inbox, 1).json().getInt("tagged")).isOne();
    assertThat(tag(own, id(important), inbox, 1).json().getInt("tagged")).isOne();
    List<JsonObject> imap =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "select", "INBOX")
            .step("a", "uid", "FETCH", "1", "(FLAGS)")
            .step("a", "uid", "STORE", "2", "+FLAGS", "(urgent)")
            .run();
    assertThat(text(imap.get(2))).contains("Urgent", keyword);
    assertThat(imap.get(3).getString("typ")).isEqualTo("OK");

    assertThat(subjects(own.get(TAGS + "/" + id(urgent) + "/messages")))
        .containsExactlyInAnyOrder("one", "two");
    assertThat(subjects(own.get(TAGS + "/" + id(important) + "/messages"))).containsExactly("one");
    JsonObject listed =
        own.get(TAGS).jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("name").equals("Urgent"))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getInt("messageCount")).isEqualTo(2);

    ApiResponse untag = own.post(TAGS + "/" + id(important) + "/messages/remove", uids(inbox, 1));
    assertThat(untag.json().getInt("untagged")).isOne();
    assertThat(own.delete(TAGS + "/" + id(urgent)).status()).isEqualTo(204);

    List<JsonObject> after =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "select", "INBOX")
            .step("a", "uid", "FETCH", "1:2", "(FLAGS)")
            .run();
    assertThat(after.get(2).getJsonArray("data").toString())
        .doesNotContainIgnoringCase("urgent")
        .doesNotContain(keyword);
    assertThat(own.get(TAGS).jsonArray()).hasSize(1);
  }

  @Test
  void twentyTagsShouldBeTheMostAndBadInputShouldBeRefusedClearly() {
    for (int i = 1; i <= 20; i++) {
      create(own, "t" + i, "#00aa11");
    }

    assertThat(assertError(post(own, "t21", "#00aa11"), 400)).isEqualTo("tag.limit.count");
    assertThat(assertError(post(own, "T1", "#00aa11"), 409)).isEqualTo("tag.exists");
    ApiClient other = ApiClient.as(server.baseUri(), bob, Provisioning.PASSWORD);
    assertThat(assertError(post(other, "x", "red"), 400)).isEqualTo("tag.colour.invalid");
    assertThat(assertError(post(other, " ", "#000000"), 400)).isEqualTo("tag.name.invalid");
  }

  @Test
  void anotherUsersTagShouldNotBeFoundAndNothingShouldLeak() {
    long secret = id(create(own, "Secret-合同", "#8e24aa"));
    long inbox = new Mailbox(server, alice).folder("INBOX").getJsonNumber("id").longValue();
    ApiClient intruder = ApiClient.as(server.baseUri(), bob, Provisioning.PASSWORD);
    long mine = id(create(intruder, "Mine", "#8e24aa"));

    List<ApiResponse> refused =
        List.of(
            intruder.get(TAGS + "/" + secret + "/messages"),
            intruder.put(TAGS + "/" + secret, body("Stolen", "#000000")),
            intruder.delete(TAGS + "/" + secret),
            tag(intruder, secret, inbox, 1));
    for (ApiResponse response : refused) {
      assertThat(assertError(response, 404)).isEqualTo("tag.notfound");
      assertThat(response.body()).doesNotContain("Secret");
    }
    assertThat(assertError(tag(intruder, mine, inbox, 1), 404)).isEqualTo("folder.notfound");
    assertThat(own.get(TAGS).jsonArray().getJsonObject(0).getString("name")).isEqualTo("Secret-合同");
  }

  static String message(String subject) {
    return "From: partner@sender.example\r\nSubject: " + subject + "\r\n\r\nbody\r\n";
  }

  private static List<String> subjects(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.jsonArray().getValuesAs(JsonObject.class).stream()
        .map(m -> m.getJsonObject("message").getString("subject"))
        .toList();
  }

  private static JsonObject create(ApiClient api, String name, String colour) {
    ApiResponse response = post(api, name, colour);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  private static ApiResponse post(ApiClient api, String name, String colour) {
    return api.post(TAGS, body(name, colour));
  }

  private static ApiResponse tag(ApiClient api, long tag, long folder, long uid) {
    return api.post(TAGS + "/" + tag + "/messages", uids(folder, uid));
  }

  private static JsonObject uids(long folder, long uid) {
    return Json.createObjectBuilder()
        .add("folderId", folder)
        .add("uids", Json.createArrayBuilder().add(uid))
        .build();
  }

  private static JsonObject body(String name, String colour) {
    return Json.createObjectBuilder().add("name", name).add("colour", colour).build();
  }

  private static long id(JsonObject tag) {
    return tag.getJsonNumber("id").longValue();
  }
}
