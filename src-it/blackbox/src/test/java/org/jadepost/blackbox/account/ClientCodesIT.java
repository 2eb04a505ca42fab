package org.jadepost.blackbox.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.platform.FormLogin;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.jadepost.blackbox.server.Smtplib;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Client authorization codes (T7) with a real mail client (Python smtplib on submission), and the
 * login log (B4) those logins leave: what the user, his domain administrator and the administrator
 * of another domain read over REST.
 */
@ExtendWith(SharedJadepost.class)
class ClientCodesIT {

  private static final String CODES = "/api/v1/account/client-codes";
  private static final String ACCESS = "/api/v1/account/client-access";

  private JadepostProcess server;
  private String domain;
  private String alice;
  private ApiClient aliceApi;
  private ApiClient domainAdmin;
  private ApiClient otherAdmin;

  @BeforeEach
  void provision(JadepostProcess server) {
    this.server = server;
    Provisioning provisioning = new Provisioning(server);
    domain = provisioning.createDomain("codes");
    String other = provisioning.createDomain("elsewhere");
    alice = provisioning.createUser(domain, "alice", "Alice");
    String boss = provisioning.createUser(domain, "boss", "Boss", "DOMAIN_ADMIN");
    String stranger = provisioning.createUser(other, "boss", "Other boss", "DOMAIN_ADMIN");
    aliceApi = ApiClient.as(server.baseUri(), alice, Provisioning.PASSWORD);
    domainAdmin = ApiClient.as(server.baseUri(), boss, Provisioning.PASSWORD);
    otherAdmin = ApiClient.as(server.baseUri(), stranger, Provisioning.PASSWORD);
  }

  @Test
  void aCodeShouldBeShownOnceAndListedWithoutIt() {
    JsonObject created = create("Thunderbird at home");

    assertThat(created.getString("code")).matches("[a-z]{16}");
    JsonArray listed = aliceApi.get(CODES).jsonArray();
    assertThat(listed).hasSize(1);
    JsonObject entry = listed.getJsonObject(0);
    assertThat(entry.getString("label")).isEqualTo("Thunderbird at home");
    assertThat(entry.containsKey("createdAt")).isTrue();
    assertThat(entry.toString()).doesNotContain(created.getString("code"));
    assertThat(aliceApi.post(CODES, Json.createObjectBuilder().add("label", " ").build()).status())
        .isEqualTo(400);
  }

  @Test
  void smtpAuthShouldTakeTheCodeAndOnlyTheCodeOnceRequiredUntilItIsRevoked() {
    String code = create("Outlook").getString("code");

    assertThat(login(alice, code)).isEqualTo("OK");
    assertThat(login(alice, Provisioning.PASSWORD))
        .as("password before the setting")
        .isEqualTo("OK");
    ApiResponse required =
        aliceApi.put(ACCESS, Json.createObjectBuilder().add("requireClientCodes", true).build());
    assertThat(required.json().getBoolean("requireClientCodes")).isTrue();

    assertThat(login(alice, Provisioning.PASSWORD)).startsWith("REPLY 535");
    assertThat(login(alice, code.toUpperCase())).as("codes ignore case").isEqualTo("OK");
    assertThat(aliceApi.get(ACCESS).status()).as("the web password still works").isEqualTo(200);
    assertThat(aliceApi.get(CODES).jsonArray().getJsonObject(0).isNull("lastUsedAt")).isFalse();

    long id = aliceApi.get(CODES).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(aliceApi.delete(CODES + "/" + id).status()).isEqualTo(204);
    assertThat(login(alice, code)).startsWith("REPLY 535");
    assertThat(aliceApi.delete(CODES + "/" + id).status()).isEqualTo(404);
  }

  @Test
  void theLogShouldShowTheAttemptsToTheDomainAdministratorAndNoneToAnotherDomain() {
    String code = create("Phone").getString("code");
    aliceApi.put(ACCESS, Json.createObjectBuilder().add("requireClientCodes", true).build());
    login(alice, code);
    login(alice, Provisioning.PASSWORD);

    JsonArray entries = domainAdmin.get("/api/v1/login-log?account=" + alice).jsonArray();
    List<String> smtp =
        entries.getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("protocol").equals("SMTP"))
            .map(
                e ->
                    e.getString("result")
                        + " "
                        + e.getString("reason")
                        + " "
                        + e.getString("remoteAddress"))
            .toList();
    assertThat(smtp)
        .as("newest first")
        .containsExactly("FAILURE CODE_REQUIRED 127.0.0.1", "SUCCESS CLIENT_CODE 127.0.0.1");
    assertThat(entries.getValuesAs(JsonObject.class))
        .allSatisfy(e -> assertThat(e.getString("account")).isEqualTo(alice))
        .filteredOn(e -> e.getString("protocol").equals("API"))
        .as("alice's REST calls (a code, a setting) log one success a minute, not one per call")
        .singleElement()
        .satisfies(e -> assertThat(e.getString("result")).isEqualTo("SUCCESS"));
    assertThat(aliceApi.get("/api/v1/account/login-log?result=FAILURE").jsonArray()).hasSize(1);

    assertThat(otherAdmin.get("/api/v1/login-log?account=" + alice).jsonArray()).isEmpty();
    assertThat(otherAdmin.get("/api/v1/login-log").jsonArray().toString()).doesNotContain(domain);
    assertThat(otherAdmin.get("/api/v1/login-log?domain=" + domain).status()).isEqualTo(403);
    assertThat(aliceApi.get("/api/v1/login-log").status())
        .as("users only see their own")
        .isEqualTo(403);
  }

  @Test
  void theWebLoginShouldKeepThePasswordRefuseTheCodeAndBeLogged() {
    String code = create("Foxmail").getString("code");
    aliceApi.put(ACCESS, Json.createObjectBuilder().add("requireClientCodes", true).build());

    FormLogin.Landing withCode = FormLogin.signIn(server.baseUri(), alice, code);
    FormLogin.Landing withPassword =
        FormLogin.signIn(server.baseUri(), alice, Provisioning.PASSWORD);

    assertThat(withCode.uri().getPath()).doesNotStartWith("/webmail");
    assertThat(withPassword.uri().getPath()).startsWith("/webmail");
    List<String> web =
        aliceApi.get("/api/v1/account/login-log").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("protocol").equals("WEB"))
            .map(e -> e.getString("result") + " " + e.getString("reason"))
            .toList();
    assertThat(web).containsExactly("SUCCESS PASSWORD", "FAILURE WRONG_PASSWORD");
  }

  private JsonObject create(String label) {
    ApiResponse response =
        aliceApi.post(CODES, Json.createObjectBuilder().add("label", label).build());
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  private String login(String user, String secret) {
    return Smtplib.authAttempts(
            server.ports().submission(), "127.0.0.1", List.of(List.of(user, secret)))
        .get(0);
  }
}
