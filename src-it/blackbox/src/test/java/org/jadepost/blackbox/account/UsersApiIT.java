package org.jadepost.blackbox.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;
import static org.jadepost.blackbox.api.Provisioning.PASSWORD;
import static org.jadepost.blackbox.api.Provisioning.user;
import static org.jadepost.blackbox.api.Provisioning.usersOf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The provider administrator creates, lists, reads and deletes the users of a domain. */
@ExtendWith(SharedJadepost.class)
class UsersApiIT {

  private Provisioning provisioning;
  private ApiClient admin;
  private String domain;

  @BeforeEach
  void createDomain(JadepostProcess server) {
    provisioning = new Provisioning(server);
    admin = provisioning.admin();
    domain = provisioning.createDomain("users");
  }

  @Test
  void createUserShouldReturn201WithAddressAndDefaults() {
    ApiResponse response =
        admin.post(
            usersOf(domain),
            Json.createObjectBuilder()
                .add("localPart", "Alice")
                .add("password", PASSWORD)
                .add("displayName", "Alice Liddell")
                .build());

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonObject user = response.json();
    assertThat(user.getString("address")).isEqualTo("alice@" + domain);
    assertThat(user.getString("localPart")).isEqualTo("alice");
    assertThat(user.getString("domain")).isEqualTo(domain);
    assertThat(user.getString("role")).isEqualTo("USER");
    assertThat(user.getBoolean("enabled")).isTrue();
    assertThat(user.getJsonNumber("quotaBytes").longValue())
        .isEqualTo(
            admin
                .get("/api/v1/domains/" + domain)
                .json()
                .getJsonNumber("userQuotaBytes")
                .longValue());
    assertThat(user.containsKey("password")).isFalse();
    assertThat(user.toString()).doesNotContain(PASSWORD);
    assertThat(response.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(usersOf(domain) + "/alice"));
  }

  @Test
  void createUserShouldKeepChineseDisplayNameIntact() {
    admin.post(usersOf(domain), user("zhangwei", PASSWORD, "张伟（销售部）", "USER").build());

    assertThat(admin.get(usersOf(domain) + "/zhangwei").json().getString("displayName"))
        .isEqualTo("张伟（销售部）");
    assertThat(admin.get(usersOf(domain)).jsonArray())
        .extracting(u -> u.asJsonObject().getString("displayName"))
        .containsExactly("张伟（销售部）");
  }

  @Test
  void createUserShouldStoreQuotaAndRole() {
    JsonObject request =
        user("boss", PASSWORD, "Boss", "DOMAIN_ADMIN").add("quotaBytes", 3L << 20).build();

    assertThat(admin.post(usersOf(domain), request).status()).isEqualTo(201);
    JsonObject stored = admin.get(usersOf(domain) + "/boss").json();

    assertThat(stored.getString("role")).isEqualTo("DOMAIN_ADMIN");
    assertThat(stored.getJsonNumber("quotaBytes").longValue()).isEqualTo(3L << 20);
  }

  @Test
  void createUserShouldReturn409WhenAddressTaken() {
    provisioning.createUser(domain, "taken", "First");

    assertError(
        admin.post(usersOf(domain), user("TAKEN", PASSWORD, "Second", "USER").build()), 409);
    assertThat(admin.get(usersOf(domain) + "/taken").json().getString("displayName"))
        .isEqualTo("First");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "too short,     bob1234,      Short1",
    "no digit,      bob1234,      onlyletters",
    "no letter,     bob1234,      1234567890",
    "equals login,  user12345,    user12345",
    "login in caps, user12345,    USER12345"
  })
  void createUserShouldReturn400WhenPasswordWeak(String why, String localPart, String password) {
    ApiResponse response =
        admin.post(usersOf(domain), user(localPart, password, "Weak", "USER").build());

    assertThat(assertError(response, 400)).isEqualTo("account.password.weak");
    assertError(admin.get(usersOf(domain) + "/" + localPart), 404);
  }

  @Test
  void createUserShouldReturn400WhenLocalPartInvalid() {
    assertError(admin.post(usersOf(domain), user("no space", PASSWORD, "X", "USER").build()), 400);
    assertError(admin.post(usersOf(domain), user("a@b", PASSWORD, "X", "USER").build()), 400);
  }

  @Test
  void createUserShouldReturn400WhenBodyMalformedOrMissing() {
    assertError(admin.post(usersOf(domain), "{\"localPart\":"), 400);
    assertError(admin.postWithoutBody(usersOf(domain)), 400);
  }

  @Test
  void createUserShouldReturn404WhenDomainUnknown() {
    String ghost = Provisioning.uniqueDomain("ghost");

    assertError(admin.post(usersOf(ghost), user("bob", PASSWORD, "Bob", "USER").build()), 404);
  }

  @Test
  void listUsersShouldPageInMailboxNameOrder() {
    for (String name : List.of("carol", "alice", "bob")) {
      provisioning.createUser(domain, name, name);
    }

    assertThat(localParts(admin.get(usersOf(domain)))).containsExactly("alice", "bob", "carol");
    assertThat(localParts(admin.get(usersOf(domain) + "?limit=2"))).containsExactly("alice", "bob");
    assertThat(localParts(admin.get(usersOf(domain) + "?offset=2&limit=2")))
        .containsExactly("carol");
    assertThat(admin.get("/api/v1/domains/" + domain).json().getInt("userCount")).isEqualTo(3);
  }

  @Test
  void getUserShouldReturn404WhenUnknown() {
    assertError(admin.get(usersOf(domain) + "/nobody"), 404);
  }

  @Test
  void listUsersShouldReturn404WhenDomainUnknown() {
    assertError(admin.get(usersOf(Provisioning.uniqueDomain("ghost"))), 404);
  }

  @Test
  void deleteUserShouldReturn204AndRemoveUser() {
    provisioning.createUser(domain, "leaving", "Leaving");
    provisioning.createUser(domain, "staying", "Staying");

    ApiResponse deleted = admin.delete(usersOf(domain) + "/leaving");

    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertError(admin.get(usersOf(domain) + "/leaving"), 404);
    assertThat(localParts(admin.get(usersOf(domain)))).containsExactly("staying");
    assertError(admin.delete(usersOf(domain) + "/leaving"), 404);
  }

  private static List<String> localParts(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(u -> u.getString("localPart"))
        .toList();
  }
}
