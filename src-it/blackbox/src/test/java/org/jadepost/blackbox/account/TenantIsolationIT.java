package org.jadepost.blackbox.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.jadepost.blackbox.api.ApiErrors.assertError;
import static org.jadepost.blackbox.api.Provisioning.PASSWORD;
import static org.jadepost.blackbox.api.Provisioning.user;
import static org.jadepost.blackbox.api.Provisioning.usersOf;

import jakarta.json.JsonValue;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A domain administrator of one tenant ("a") manages his own domain and cannot see or touch another
 * tenant ("b"); the other tenant's data is unchanged after every attempt.
 */
@ExtendWith(SharedJadepost.class)
class TenantIsolationIT {

  private ApiClient admin;
  private ApiClient adminOfA;
  private String domainA;
  private String domainB;

  @BeforeEach
  void createTwoTenants(JadepostProcess server) {
    Provisioning provisioning = new Provisioning(server);
    admin = provisioning.admin();
    domainA = provisioning.createDomain("tenant-a");
    domainB = provisioning.createDomain("tenant-b");
    String adminA = provisioning.createUser(domainA, "it", "管理员甲", "DOMAIN_ADMIN");
    provisioning.createUser(domainB, "victim", "受害者乙");
    adminOfA = ApiClient.as(server.baseUri(), adminA, PASSWORD);
  }

  @Test
  void domainAdminShouldSeeOnlyHisOwnDomain() {
    ApiResponse response = adminOfA.get("/api/v1/domains");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.jsonArray())
        .extracting(d -> d.asJsonObject().getString("name"))
        .containsExactly(domainA);
    assertThat(adminOfA.get("/api/v1/domains/" + domainA).status()).isEqualTo(200);
  }

  @Test
  void domainAdminShouldCreateListAndDeleteUsersInHisDomain() {
    ApiResponse created =
        adminOfA.post(usersOf(domainA), user("newbie", PASSWORD, "新人", "USER").build());

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(adminOfA.get(usersOf(domainA)).jsonArray())
        .extracting(u -> u.asJsonObject().getString("localPart"))
        .containsExactly("it", "newbie");
    assertThat(adminOfA.delete(usersOf(domainA) + "/newbie").status()).isEqualTo(204);
  }

  @Test
  void domainAdminShouldGet403ReadingAnotherDomain() {
    assertError(adminOfA.get("/api/v1/domains/" + domainB), 403);
    assertError(adminOfA.get(usersOf(domainB)), 403);
    assertError(adminOfA.get(usersOf(domainB) + "/victim"), 403);
    assertVictimUnchanged();
  }

  @Test
  void domainAdminShouldGet403CreatingUserInAnotherDomain() {
    ApiResponse response =
        adminOfA.post(
            usersOf(domainB), user("intruder", PASSWORD, "Intruder", "DOMAIN_ADMIN").build());

    assertError(response, 403);
    assertError(admin.get(usersOf(domainB) + "/intruder"), 404);
    assertVictimUnchanged();
  }

  @Test
  void domainAdminShouldGet403DeletingUserOfAnotherDomain() {
    assertError(adminOfA.delete(usersOf(domainB) + "/victim"), 403);
    assertVictimUnchanged();
  }

  @Test
  void domainAdminShouldGet403CreatingDomain() {
    String name = Provisioning.uniqueDomain("rogue");

    assertError(adminOfA.post("/api/v1/domains", "{\"name\":\"" + name + "\"}"), 403);
    assertError(admin.get("/api/v1/domains/" + name), 404);
  }

  @Test
  void domainAdminShouldNotLearnWhetherAnotherDomainExists() {
    String unknown = Provisioning.uniqueDomain("unknown");

    assertThat(adminOfA.get(usersOf(unknown)).status())
        .as("an unknown domain must look like a forbidden one, not reveal itself with 404")
        .isEqualTo(adminOfA.get(usersOf(domainB)).status());
  }

  private void assertVictimUnchanged() {
    ApiResponse users = admin.get(usersOf(domainB));
    assertThat(users.status()).isEqualTo(200);
    assertThat(users.jsonArray())
        .map(JsonValue::asJsonObject)
        .extracting(u -> u.getString("address"), u -> u.getString("displayName"))
        .containsExactly(tuple("victim@" + domainB, "受害者乙"));
  }
}
