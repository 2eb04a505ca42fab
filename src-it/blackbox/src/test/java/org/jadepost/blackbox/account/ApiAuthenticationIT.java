package org.jadepost.blackbox.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;

import java.net.URI;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call the admin API at all: administrators only, with the right password. */
@ExtendWith(SharedJadepost.class)
class ApiAuthenticationIT {

  private static final String DOMAINS = "/api/v1/domains";

  private URI base;
  private Provisioning provisioning;
  private String adminPassword;

  @BeforeEach
  void connect(JadepostProcess server) {
    base = server.baseUri();
    adminPassword = server.adminPassword();
    provisioning = new Provisioning(server);
  }

  @Test
  void requestWithoutCredentialsShouldReturn401WithBasicChallenge() {
    ApiResponse response = ApiClient.anonymous(base).get(DOMAINS);

    assertError(response, 401);
    assertThat(response.header("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWithIgnoringCase("Basic "));
  }

  @Test
  void requestWithWrongAdminPasswordShouldReturn401() {
    ApiResponse response = ApiClient.as(base, "admin", adminPassword + "x").get(DOMAINS);

    assertError(response, 401);
    assertThat(response.header("WWW-Authenticate")).isPresent();
  }

  @Test
  void requestWithUnknownLoginShouldReturn401() {
    assertError(ApiClient.as(base, "nobody@nowhere.example", "Secret2024pw").get(DOMAINS), 401);
  }

  @Test
  void requestWithEmptyPasswordShouldReturn401() {
    assertError(ApiClient.as(base, "admin", "").get(DOMAINS), 401);
  }

  @Test
  void plainUserShouldGet403OnEveryEndpoint() {
    String domain = provisioning.createDomain("plain");
    String address = provisioning.createUser(domain, "worker", "Worker");
    ApiClient user = ApiClient.as(base, address, Provisioning.PASSWORD);

    assertError(user.get(DOMAINS), 403);
    assertError(user.get(DOMAINS + "/" + domain), 403);
    assertError(user.get(Provisioning.usersOf(domain)), 403);
    assertError(user.post(DOMAINS, "{\"name\":\"" + Provisioning.uniqueDomain("x") + "\"}"), 403);
  }

  @Test
  void plainUserWithWrongPasswordShouldGet401NotForbidden() {
    String domain = provisioning.createDomain("plainpw");
    String address = provisioning.createUser(domain, "worker", "Worker");

    assertError(ApiClient.as(base, address, "Wrong2024pw").get(DOMAINS), 401);
  }

  @Test
  void providerAdminShouldBeAcceptedWithCorrectPassword() {
    assertThat(ApiClient.as(base, "admin", adminPassword).get(DOMAINS).status()).isEqualTo(200);
  }

  @Test
  void repeatedWrongPasswordsShouldLockTheLoginWith429() {
    String domain = provisioning.createDomain("guess");
    String address = provisioning.createUser(domain, "target", "Target", "DOMAIN_ADMIN");
    ApiClient guesser = ApiClient.as(base, address, "Guess2024pw");
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(guesser.get(DOMAINS).status()).as("attempt %d", attempt).isEqualTo(401);
    }

    ApiResponse locked = ApiClient.as(base, address, Provisioning.PASSWORD).get(DOMAINS);

    assertError(locked, 429);
    assertThat(ApiClient.as(base, "admin", adminPassword).get(DOMAINS).status())
        .as("other logins are not locked")
        .isEqualTo(200);
  }

  @Test
  void deletedDomainAdminShouldBeRefusedAtOnce() {
    String domain = provisioning.createDomain("revoked");
    String address = provisioning.createUser(domain, "leaver", "Leaver", "DOMAIN_ADMIN");
    ApiClient leaver = ApiClient.as(base, address, Provisioning.PASSWORD);
    assertThat(leaver.get(Provisioning.usersOf(domain)).status()).isEqualTo(200);

    assertThat(provisioning.admin().delete(Provisioning.usersOf(domain) + "/leaver").status())
        .isEqualTo(204);

    assertError(leaver.get(Provisioning.usersOf(domain)), 401);
  }
}
