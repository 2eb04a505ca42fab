package org.jadepost.blackbox.mailbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;
import static org.jadepost.blackbox.mailbox.ImapScript.text;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.Database;
import org.junit.jupiter.api.Test;

/**
 * Emptying Deleted and Spam (FEATURES D4) and restoring emptied mail (K3) over the user REST API,
 * checked with imaplib: emptied mail is gone for IMAP yet restorable, restoring puts it with its
 * flags into a chosen folder under a new UID, and the DeletedMailPurgeJob forgets what is older
 * than 14 days and removes its blob.
 */
class RestoreApiIT extends TwoUsersApiTest {

  private static final String DELETED = "/api/v1/mailbox/deleted";

  @Override
  protected String domainPrefix() {
    return "restore";
  }

  @Test
  void emptiedMailShouldLeaveImapAndComeBackWithItsFlagsIntoAChosenFolder() {
    for (String subject : List.of("one", "two")) {
      ImapScript.deliver(server, "partner@sender.example", alice, TagsApiIT.message(subject));
    }
    List<JsonObject> moved =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "select", "INBOX")
            .step("a", "uid", "STORE", "1", "+FLAGS", "(\\Flagged $Work)")
            .step("a", "uid", "MOVE", "1:2", "Deleted")
            .run();
    assertThat(moved.get(3).getString("typ")).as(moved.get(3).toString()).isEqualTo("OK");

    assertThat(own.post(DELETED + "/empty/TRASH", "").json().getInt("emptied")).isEqualTo(2);

    List<JsonObject> restorable = own.get(DELETED).jsonArray().getValuesAs(JsonObject.class);
    assertThat(restorable).extracting(e -> e.getString("subject")).containsOnly("one", "two");
    assertThat(restorable)
        .allSatisfy(e -> assertThat(e.getString("folderPath")).isEqualTo("Deleted"));
    long one = idOf(restorable, "one");
    long back =
        own.post("/api/v1/mailbox/folders", Json.createObjectBuilder().add("name", "Back").build())
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(own.post(DELETED + "/restore", restore(back, one)).json().getInt("restored"))
        .isOne();

    List<JsonObject> imap =
        ImapScript.overTls(server)
            .session("a", alice, Provisioning.PASSWORD)
            .step("a", "status", "Deleted", "(MESSAGES)")
            .step("a", "select", "Back")
            .step("a", "uid", "FETCH", "1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
            .run();
    assertThat(text(imap.get(1))).contains("MESSAGES 0");
    assertThat(text(imap.get(3))).contains("UID 1 FLAGS (\\\\Flagged $Work)");
    assertThat(new String(ImapScript.literal(imap.get(3)), UTF_8)).contains("Subject: one");
    assertThat(own.get(DELETED).jsonArray()).hasSize(1);
    assertThat(assertError(own.post(DELETED + "/restore", restore(back, one)), 404))
        .isEqualTo("deleted.notfound");
  }

  @Test
  void onlyDeletedAndSpamShouldBeEmptiedAndOnlyByTheirOwner() {
    ImapScript.deliver(server, "partner@sender.example", alice, TagsApiIT.message("spam"));
    ImapScript.overTls(server)
        .session("a", alice, Provisioning.PASSWORD)
        .step("a", "select", "INBOX")
        .step("a", "uid", "MOVE", "1", "Spam")
        .run();
    assertThat(assertError(own.post(DELETED + "/empty/INBOX", ""), 400))
        .isEqualTo("folder.empty.invalid");
    assertThat(own.post(DELETED + "/empty/junk", "").json().getInt("emptied")).isOne();
    long entry = own.get(DELETED).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();

    ApiClient intruder = ApiClient.as(server.baseUri(), bob, Provisioning.PASSWORD);
    long bobsInbox = new Mailbox(server, bob).folder("INBOX").getJsonNumber("id").longValue();
    ApiResponse stolen = intruder.post(DELETED + "/restore", restore(bobsInbox, entry));
    assertThat(assertError(stolen, 404)).isEqualTo("deleted.notfound");
    assertThat(stolen.body()).doesNotContain("spam");
    assertThat(intruder.get(DELETED).jsonArray()).isEmpty();
    assertThat(own.get(DELETED).jsonArray()).hasSize(1);
  }

  @Test
  void purgeJobShouldForgetMailEmptiedMoreThanFourteenDaysAgoAndItsBlob() throws Exception {
    ImapScript.deliver(server, "partner@sender.example", alice, TagsApiIT.message("old"));
    ImapScript.deliver(server, "partner@sender.example", alice, TagsApiIT.message("recent"));
    Mailbox web = new Mailbox(server, alice);
    Path oldBlob = blobFile(web.raw("INBOX", 1));
    assertThat(oldBlob).exists();
    ImapScript.overTls(server)
        .session("a", alice, Provisioning.PASSWORD)
        .step("a", "select", "INBOX")
        .step("a", "uid", "MOVE", "1:2", "Deleted")
        .run();
    own.post(DELETED + "/empty/TRASH", "");
    boolean aged = false;
    if (server.database() instanceof Database.PostgreSql postgreSql) {
      // Only PostgreSQL can be reached from outside the running server to age an entry.
      assertThat(
              postgreSql.update(
                  "UPDATE mail_deleted SET deleted_at = deleted_at - INTERVAL '15 days'"
                      + " WHERE subject = 'old'"))
          .isOne();
      aged = true;
    }
    assertThat(assertError(own.postWithoutBody("/api/v1/jobs/deleted-mail-purge"), 403))
        .isEqualTo("forbidden.admin");
    String domainAdmin =
        new Provisioning(server).createUser(alice.split("@")[1], "boss", "Boss", "DOMAIN_ADMIN");
    ApiClient boss = ApiClient.as(server.baseUri(), domainAdmin, Provisioning.PASSWORD);
    assertThat(assertError(boss.postWithoutBody("/api/v1/jobs/deleted-mail-purge"), 403))
        .isEqualTo("jobs.admin.only");

    ApiClient admin = new Provisioning(server).admin();
    ApiResponse started = admin.postWithoutBody("/api/v1/jobs/deleted-mail-purge");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    long execution = started.json().getJsonNumber("executionId").longValue();
    JsonObject status = awaitEnd(admin, execution);

    assertThat(status.getString("status")).isEqualTo("COMPLETED");
    assertThat(status.getString("exitStatus")).as("entries purged").isEqualTo(aged ? "1" : "0");
    List<String> left =
        own.get(DELETED).jsonArray().getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("subject"))
            .toList();
    if (aged) {
      assertThat(left).containsExactly("recent");
      assertThat(oldBlob).doesNotExist();
    } else {
      assertThat(left).containsExactlyInAnyOrder("old", "recent");
      assertThat(oldBlob).exists();
    }
  }

  private JsonObject awaitEnd(ApiClient admin, long execution) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      ApiResponse response = admin.get("/api/v1/jobs/deleted-mail-purge/" + execution);
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      if (response.json().getBoolean("ended") || Instant.now().isAfter(deadline)) {
        return response.json();
      }
      Thread.sleep(200);
    }
  }

  private Path blobFile(String raw) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(UTF_8));
    String id = HexFormat.of().formatHex(digest);
    return server
        .home()
        .resolve("blobs")
        .resolve(id.substring(0, 2))
        .resolve(id.substring(2, 4))
        .resolve(id);
  }

  private static JsonObject restore(long folder, long... ids) {
    var array = Json.createArrayBuilder();
    for (long id : ids) {
      array.add(id);
    }
    return Json.createObjectBuilder().add("ids", array).add("folderId", folder).build();
  }

  private static long idOf(List<JsonObject> entries, String subject) {
    return entries.stream()
        .filter(e -> subject.equals(e.getString("subject")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
