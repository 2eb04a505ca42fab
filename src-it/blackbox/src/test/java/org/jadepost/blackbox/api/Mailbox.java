package org.jadepost.blackbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.jadepost.blackbox.server.JadepostProcess;

/** One user's mailbox read through the user REST API, as a mail app would. */
public final class Mailbox {

  private final ApiClient api;

  public Mailbox(JadepostProcess server, String address) {
    this.api = ApiClient.as(server.baseUri(), address, Provisioning.PASSWORD);
  }

  /** The folder with special use {@code use} (INBOX, SENT, JUNK ...). */
  public JsonObject folder(String use) {
    ApiResponse response = api.get("/api/v1/mailbox/folders");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(f -> use.equals(f.getString("specialUse", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no folder " + use + " in " + response.body()));
  }

  /** The newest messages of folder {@code use}, newest first. */
  public List<JsonObject> messages(String use) {
    long id = folder(use).getJsonNumber("id").longValue();
    ApiResponse response = api.get("/api/v1/mailbox/folders/" + id + "/messages?limit=200");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().getJsonArray("messages").getValuesAs(JsonObject.class);
  }

  /** The raw bytes (as UTF-8 text) of the newest message in folder {@code use}. */
  public String newestRaw(String use) {
    List<JsonObject> messages = messages(use);
    assertThat(messages).as("messages in " + use).isNotEmpty();
    return raw(use, messages.get(0).getJsonNumber("uid").longValue());
  }

  /** The raw bytes (as UTF-8 text) of message {@code uid} in folder {@code use}. */
  public String raw(String use, long uid) {
    long id = folder(use).getJsonNumber("id").longValue();
    ApiResponse response = api.get("/api/v1/mailbox/folders/" + id + "/messages/" + uid + "/raw");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body();
  }
}
