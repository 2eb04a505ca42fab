package org.jadepost.blackbox.mailbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;
import static org.jadepost.blackbox.mailbox.ImapScript.text;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Base64;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/**
 * Organising folders over the user REST API (FEATURES D6) as the webmail does, checked with
 * imaplib: what REST creates, renames, moves and deletes is what IMAP LIST shows; deleting keeps
 * the mail in Deleted; the limits of 300 folders and 6 levels hold for REST and IMAP alike; system
 * folders stay; another user's folders are not found.
 */
class FoldersApiIT extends TwoUsersApiTest {

  private static final String FOLDERS = "/api/v1/mailbox/folders";

  @Override
  protected String domainPrefix() {
    return "folders";
  }

  @Test
  void restChangesShouldBeWhatImapListShowsAndDeleteShouldKeepTheMail() {
    long projects = id(create(own, "项目", null));
    JsonObject child = create(own, "2026", projects);
    assertThat(child.getString("path")).isEqualTo("项目/2026");
    String note = "From: " + alice + "\r\nTo: " + alice + "\r\nSubject: kept\r\n\r\nnote\r\n";
    List<JsonObject> before =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "enable", "UTF8=ACCEPT")
            .step("a", "append", "\"项目/2026\"", "()", note)
            .run();
    assertThat(before.get(2).getString("typ")).as(before.get(2).toString()).isEqualTo("OK");
    assertThat(imapList()).contains(" 项目/2026\n");

    JsonObject renamed = put(own, projects, "Work", null).json();
    assertThat(renamed.getString("path")).isEqualTo("Work");
    long archive = id(create(own, "Archive", null));
    JsonObject moved = put(own, id(child), "2026", archive).json();
    assertThat(moved.getString("path")).isEqualTo("Archive/2026");
    assertThat(moved.getInt("messageCount")).isOne();
    assertThat(imapList()).contains("\"Work\"", "\"Archive/2026\"").doesNotContain("项目");

    assertThat(own.delete(FOLDERS + "/" + archive).status()).isEqualTo(204);

    assertThat(imapList()).contains("\"Work\"").doesNotContain("Archive");
    Mailbox web = new Mailbox(server, alice);
    assertThat(web.folder("TRASH").getInt("messageCount")).isOne();
    assertThat(web.messages("TRASH"))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("subject")).isEqualTo("kept"));
  }

  @Test
  void systemFoldersBadNamesAndDuplicatesShouldBeRefusedClearly() {
    long inbox = id(new Mailbox(server, alice).folder("INBOX"));
    assertThat(assertError(put(own, inbox, "Mine", null), 403)).isEqualTo("folder.system");
    assertThat(assertError(own.delete(FOLDERS + "/" + inbox), 403)).isEqualTo("folder.system");
    assertThat(assertError(post(own, "a/b", null), 400)).isEqualTo("folder.name.invalid");
    assertThat(assertError(post(own, " ", null), 400)).isEqualTo("folder.name.invalid");
    create(own, "Once", null);
    assertThat(assertError(post(own, "Once", null), 409)).isEqualTo("folder.exists");
    assertThat(assertError(own.post(FOLDERS, "{}"), 400)).isEqualTo("folder.name.invalid");
  }

  @Test
  void sixLevelsShouldBeTheDeepestOverRestAndImap() {
    Long parent = null;
    for (String level : List.of("一", "二", "三", "四", "五", "六")) {
      parent = id(create(own, level, parent));
    }
    ApiResponse seventh = post(own, "七", parent);
    assertThat(assertError(seventh, 400)).isEqualTo("folder.limit.depth");
    assertThat(seventh.json().getString("message")).contains("6 levels");
    long other = id(create(own, "x", null));
    id(create(own, "y", other));
    assertThat(assertError(put(own, other, "x", parent), 400)).isEqualTo("folder.limit.depth");

    List<JsonObject> imap =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "create", "a/b/c/d/e/f/g")
            .step("a", "create", "a/b/c/d/e/f")
            .run();
    assertThat(imap.get(1).getString("typ")).isEqualTo("NO");
    assertThat(text(imap.get(1))).contains("[LIMIT]");
    assertThat(imap.get(2).getString("typ")).isEqualTo("OK");
  }

  @Test
  void threeHundredFoldersShouldBeTheMostOverRestAndImap() {
    for (int i = 1; i <= 300; i++) {
      assertThat(post(own, "f" + i, null).status()).isEqualTo(201);
    }

    assertThat(assertError(post(own, "f301", null), 400)).isEqualTo("folder.limit.count");
    List<JsonObject> imap =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "create", "f301")
            .run();
    assertThat(imap.get(1).getString("typ")).isEqualTo("NO");
    assertThat(text(imap.get(1))).contains("[LIMIT]");
    long first =
        id(
            list(own).stream()
                .filter(f -> "f1".equals(f.getString("path")))
                .findFirst()
                .orElseThrow());
    assertThat(own.delete(FOLDERS + "/" + first).status()).isEqualTo(204);
    assertThat(post(own, "f301", null).status()).isEqualTo(201);
  }

  @Test
  void anotherUsersFolderShouldNotBeFoundAndNothingShouldLeak() {
    long secret = id(create(own, "Secret-合同", null));
    ApiClient intruder = ApiClient.as(server.baseUri(), bob, Provisioning.PASSWORD);

    ApiResponse rename = put(intruder, secret, "Mine", null);
    ApiResponse delete = intruder.delete(FOLDERS + "/" + secret);
    ApiResponse under = post(intruder, "Inside", secret);

    for (ApiResponse refused : List.of(rename, delete, under)) {
      assertThat(assertError(refused, 404)).isEqualTo("folder.notfound");
      assertThat(refused.body()).doesNotContain("Secret");
    }
    assertThat(list(own).stream().map(f -> f.getString("path"))).contains("Secret-合同");
    assertThat(list(intruder).stream().map(f -> f.getString("path")))
        .doesNotContain("Secret-合同", "Inside");
  }

  private String imapList() {
    List<JsonObject> answers =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "enable", "UTF8=ACCEPT")
            .step("a", "list")
            .run();
    // Names outside ASCII come as literals (RFC 6855 §3), which imaplib hands back apart.
    StringBuilder lines = new StringBuilder();
    for (JsonValue line : answers.get(2).getJsonArray("data")) {
      if (line instanceof JsonObject literal) {
        byte[] name = Base64.getDecoder().decode(literal.getString("b64"));
        lines.append(literal.getString("head")).append(' ').append(new String(name, UTF_8));
      } else if (line instanceof JsonString plain) {
        lines.append(plain.getString());
      }
      lines.append('\n');
    }
    return lines.toString();
  }

  private static List<JsonObject> list(ApiClient api) {
    return api.get(FOLDERS).jsonArray().getValuesAs(JsonObject.class);
  }

  private static JsonObject create(ApiClient api, String name, Long parent) {
    ApiResponse response = post(api, name, parent);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  private static ApiResponse post(ApiClient api, String name, Long parent) {
    return api.post(FOLDERS, body(name, parent));
  }

  private static ApiResponse put(ApiClient api, long folder, String name, Long parent) {
    return api.put(FOLDERS + "/" + folder, body(name, parent));
  }

  private static JsonObject body(String name, Long parent) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("name", name);
    if (parent != null) {
      body.add("parentId", parent);
    }
    return body.build();
  }

  private static long id(JsonObject folder) {
    return folder.getJsonNumber("id").longValue();
  }
}
