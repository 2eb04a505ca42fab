package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.mailbox.ImapClientsIT.PARTNER;
import static org.jadepost.blackbox.mailbox.ImapClientsIT.chineseMessage;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Full-text search (D8) over REST on the real server: mail delivered over SMTP is found at once by
 * Chinese and English words in subject, body, sender and attachment name, in the folder it was
 * moved to, and never by another tenant's user.
 */
@ExtendWith(SharedJadepost.class)
class SearchIT {

  private JadepostProcess server;
  private String alice;
  private String mallory;
  private ApiClient aliceApi;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    alice = provisioning.createUser(provisioning.createDomain("search"), "alice", "王小明");
    mallory = provisioning.createUser(provisioning.createDomain("other"), "mallory", "Mallory");
    aliceApi = ApiClient.as(server.baseUri(), alice, Provisioning.PASSWORD);
  }

  @Test
  void deliveredMailShouldBeFoundByChineseAndEnglishWordsAtOnce() {
    ImapScript.deliver(
        server, PARTNER, alice, chineseMessage(alice, "星河项目会议的安排", "周五下午开会，讨论第三季度预算。"));
    ImapScript.deliver(server, PARTNER, alice, english(alice, "Invoice 42 for project Atlas"));
    ImapScript.deliver(server, PARTNER, alice, withAttachment(alice, "请查收", "2026年报价单.pdf"));

    assertThat(subjects(search("q=" + enc("会议")))).containsExactly("星河项目会议的安排");
    assertThat(subjects(search("q=" + enc("预算")))).as("GBK body").containsExactly("星河项目会议的安排");
    assertThat(subjects(search("q=invoice+ATLAS"))).containsExactly("Invoice 42 for project Atlas");
    assertThat(subjects(search("attachment=" + enc("报价单")))).containsExactly("请查收");
    assertThat(subjects(search("from=partner&subject=invoice")))
        .containsExactly("Invoice 42 for project Atlas");
    assertThat(search("q=" + enc("会议安排"))).as("characters not in a row").isEmpty();
    assertThat(search("q=nothing-like-this")).isEmpty();

    JsonObject hit = search("q=atlas").get(0);
    assertThat(hit.getString("folderPath")).isEqualTo("INBOX");
    assertThat(hit.getJsonObject("message").getString("fromAddress")).isEqualTo(PARTNER);
  }

  @Test
  void searchShouldFollowMovesAndExpungesAndStayInOneMailbox() {
    ImapScript.deliver(server, PARTNER, alice, chineseMessage(alice, "合同草案", "请审阅。"));
    ImapScript.deliver(server, PARTNER, mallory, chineseMessage(mallory, "合同草案", "请审阅。"));
    ImapScript.overTls(server)
        .session("a", alice, Provisioning.PASSWORD)
        .step("a", "create", "Archive")
        .step("a", "select", "INBOX")
        .step("a", "uid", "MOVE", "1", "Archive")
        .run();

    List<JsonObject> moved = search("q=" + enc("合同"));
    assertThat(moved).hasSize(1);
    assertThat(moved.get(0).getString("folderPath")).isEqualTo("Archive");
    long archive =
        aliceApi.get("/api/v1/mailbox/folders").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("path").equals("Archive"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertThat(search("q=" + enc("合同") + "&folder=" + archive)).hasSize(1);

    ApiClient malloryApi = ApiClient.as(server.baseUri(), mallory, Provisioning.PASSWORD);
    assertThat(malloryApi.get("/api/v1/mailbox/search?q=" + enc("合同")).jsonArray())
        .as("mallory finds only his own copy")
        .singleElement()
        .satisfies(h -> assertThat(h.asJsonObject().getString("folderPath")).isEqualTo("INBOX"));
    assertThat(malloryApi.get("/api/v1/mailbox/search?q=x&folder=" + archive).status())
        .as("alice's folder id")
        .isEqualTo(404);

    ImapScript.overTls(server)
        .session("a", alice, Provisioning.PASSWORD)
        .step("a", "select", "Archive")
        .step("a", "store", "1", "+FLAGS", "(\\Deleted)")
        .step("a", "expunge")
        .run();
    assertThat(search("q=" + enc("合同"))).isEmpty();
  }

  @Test
  void aSearchWithoutCriteriaOrWithABadDateShouldBeRefusedClearly() {
    ApiResponse empty = aliceApi.get("/api/v1/mailbox/search?q=+");
    ApiResponse date = aliceApi.get("/api/v1/mailbox/search?q=x&after=yesterday");

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().getString("error")).isEqualTo("search.empty");
    assertThat(date.status()).isEqualTo(400);
    assertThat(date.json().getString("error")).isEqualTo("search.date.invalid");
  }

  private List<JsonObject> search(String query) {
    ApiResponse response = aliceApi.get("/api/v1/mailbox/search?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.jsonArray().getValuesAs(JsonObject.class);
  }

  private static List<String> subjects(List<JsonObject> hits) {
    return hits.stream().map(h -> h.getJsonObject("message").getString("subject")).toList();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String english(String to, String subject) {
    return "From: Partner <"
        + PARTNER
        + ">\r\nTo: "
        + to
        + "\r\nSubject: "
        + subject
        + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        + "Please pay by Friday.\r\n";
  }

  private static String withAttachment(String to, String subject, String fileName) {
    String encodedName =
        "=?UTF-8?B?"
            + Base64.getEncoder().encodeToString(fileName.getBytes(StandardCharsets.UTF_8))
            + "?=";
    return "From: Partner <"
        + PARTNER
        + ">\r\nTo: "
        + to
        + "\r\nSubject: =?UTF-8?B?"
        + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
        + "?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n"
        + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nSee the file.\r\n"
        + "--b1\r\nContent-Type: application/pdf; name=\""
        + encodedName
        + "\"\r\n"
        + "Content-Disposition: attachment; filename=\""
        + encodedName
        + "\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b1--\r\n";
  }
}
