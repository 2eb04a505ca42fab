package org.jadepost.it.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Users of a fresh domain on a deployed Jadepost, made over the admin REST API, and their mail read
 * over the user REST API as a mail app would.
 */
final class UserMail {

  /** Every user's password. */
  static final String PASSWORD = "Secret-123";

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final AdminApi api;
  private final String domain;

  private UserMail(AdminApi api, String domain) {
    this.api = api;
    this.domain = domain;
  }

  /** A new domain named after {@code prefix} with the users {@code localParts}. */
  static UserMail create(AdminApi api, String prefix, String... localParts) throws Exception {
    String domain = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    assertThat(api.post("api/v1/domains", "{\"name\":\"" + domain + "\"}").statusCode())
        .isEqualTo(201);
    for (String user : localParts) {
      String json =
          "{\"localPart\":\""
              + user
              + "\",\"password\":\""
              + PASSWORD
              + "\",\"displayName\":\""
              + user
              + "\"}";
      assertThat(api.post("api/v1/domains/" + domain + "/users", json).statusCode()).isEqualTo(201);
    }
    return new UserMail(api, domain);
  }

  /** The domain's name. */
  String domain() {
    return domain;
  }

  /** The address of {@code localPart} in this domain. */
  String address(String localPart) {
    return localPart + "@" + domain;
  }

  /** The id of {@code user}'s folder with special use {@code use} (INBOX, SENT, DRAFTS...). */
  long folder(String user, String use) throws IOException, InterruptedException {
    return AdminApi.array(api.getAs(user, PASSWORD, "api/v1/mailbox/folders"))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(f -> use.equals(f.getString("specialUse", "")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** The messages of {@code user}'s folder {@code use} now, newest first. */
  List<JsonObject> messages(String user, String use) throws IOException, InterruptedException {
    HttpResponse<String> page =
        api.getAs(user, PASSWORD, "api/v1/mailbox/folders/" + folder(user, use) + "/messages");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return AdminApi.object(page).getJsonArray("messages").getValuesAs(JsonObject.class);
  }

  /** Message {@code uid} of {@code user}'s folder {@code use} as the REST raw endpoint gives it. */
  byte[] raw(String user, String use, long uid) throws IOException, InterruptedException {
    HttpResponse<byte[]> raw =
        api.exchange(
            user,
            PASSWORD,
            "GET",
            "api/v1/mailbox/folders/" + folder(user, use) + "/messages/" + uid + "/raw",
            Map.of("Accept", "message/rfc822"),
            null);
    assertThat(raw.statusCode()).isEqualTo(200);
    return raw.body();
  }

  /** The messages of that folder once there are any, or none after a minute. */
  List<JsonObject> await(String user, String use) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    List<JsonObject> messages = messages(user, use);
    while (messages.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(250);
      messages = messages(user, use);
    }
    return messages;
  }

  /** The subjects of {@link #await}. */
  List<String> awaitSubjects(String user, String use) throws Exception {
    return await(user, use).stream().map(m -> m.getString("subject")).toList();
  }
}
