package org.jadepost.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.Banner;
import org.jadepost.blackbox.server.DatabaseAvailable;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.JadepostProcess.Stopped;
import org.jadepost.blackbox.server.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A first start with no administrator password configured, some provisioning, a stop with SIGTERM
 * and a second start on the same data directory. The scenario runs once, before the tests (two
 * starts cost a minute); each test then checks one thing a user would rely on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DatabaseAvailable.class)
class RestartIT {

  private JadepostProcess server;
  private Banner firstBanner;
  private boolean passwordFileLeftAfterFirstStart;
  private int adminStatusOnFirstStart;
  private Stopped firstStop;
  private String domain;
  private List<Integer> statusesAfterRestart;

  @BeforeAll
  void provisionStopAndStartAgain() {
    server = JadepostProcess.startFresh(ServerSettings.named("restart"));
    firstBanner = server.banner();
    passwordFileLeftAfterFirstStart = Files.exists(server.home().resolve("initial-admin-password"));
    Provisioning provisioning = new Provisioning(server);
    adminStatusOnFirstStart = provisioning.admin().get("/api/v1/domains").status();
    domain = provisioning.createDomain("survivor");
    provisioning.createUser(domain, "chief", "李主任", "DOMAIN_ADMIN");
    provisioning.createUser(domain, "staff", "王小明");
    firstStop = server.stop();
    server.start();
    statusesAfterRestart = poll(Duration.ofSeconds(15));
    awaitSteadyService();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void firstStartShouldPrintGeneratedAdministratorPassword() {
    assertThat(firstBanner.generatedAdminPassword())
        .as(firstBanner.adminLoginLine())
        .hasValueSatisfying(p -> assertThat(p).matches("[A-Za-z0-9]{12,}"));
  }

  @Test
  void firstStartShouldLeaveNoPasswordFileBehind() {
    assertThat(passwordFileLeftAfterFirstStart).isFalse();
  }

  @Test
  void printedPasswordShouldLogAdministratorIn() {
    assertThat(adminStatusOnFirstStart).isEqualTo(200);
  }

  @Test
  void stopShouldEndLauncherAndServerCleanly() {
    assertThat(firstStop.exitCode()).isZero();
    assertThat(firstStop.survivors()).as("processes left running").isEmpty();
  }

  @Test
  void restartShouldNotPrintThePasswordAgain() {
    assertThat(server.banner().generatedAdminPassword()).isEmpty();
    assertThat(server.banner().text()).doesNotContain(server.adminPassword());
  }

  @Test
  void generatedPasswordShouldStillWorkAfterRestart() {
    assertThat(admin().get("/api/v1/domains").status()).isEqualTo(200);
    assertThat(
            ApiClient.as(server.baseUri(), "admin", "wrong-9password")
                .get("/api/v1/domains")
                .status())
        .isEqualTo(401);
  }

  @Test
  void domainShouldSurviveRestart() {
    ApiResponse response = admin().get("/api/v1/domains/" + domain);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().getInt("userCount")).isEqualTo(2);
  }

  @Test
  void usersShouldSurviveRestartWithTheirNamesAndRoles() {
    ApiResponse response = admin().get(Provisioning.usersOf(domain));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.jsonArray())
        .map(JsonValue::asJsonObject)
        .extracting(
            u -> u.getString("address"), u -> u.getString("displayName"), u -> u.getString("role"))
        .containsExactly(
            tuple("chief@" + domain, "李主任", "DOMAIN_ADMIN"),
            tuple("staff@" + domain, "王小明", "USER"));
  }

  @Test
  void domainAdministratorShouldStillLogInToTheApiAfterRestart() {
    ApiResponse response =
        ApiClient.as(server.baseUri(), "chief@" + domain, Provisioning.PASSWORD)
            .get("/api/v1/domains");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.jsonArray())
        .extracting(d -> d.asJsonObject().getString("name"))
        .containsExactly(domain);
  }

  @Test
  void userShouldStillSignInToWebmailAfterRestart() {
    FormLogin.Landing landing =
        FormLogin.signIn(server.baseUri(), "staff@" + domain, Provisioning.PASSWORD);

    assertThat(landing.uri().getPath()).isEqualTo("/webmail/index.xhtml");
    assertThat(landing.status()).isEqualTo(200);
    assertThat(landing.body()).contains("王小明").contains("staff@" + domain);
  }

  @Test
  void restartedServerShouldServeFromTheBannerOn() {
    assertThat(statusesAfterRestart)
        .as("GET /login.xhtml every 250 ms for 15 s after the banner")
        .isNotEmpty()
        .containsOnly(200);
  }

  /** The status of the login page every 250 ms for {@code duration}. */
  private List<Integer> poll(Duration duration) {
    List<Integer> statuses = new ArrayList<>();
    ApiClient anonymous = ApiClient.anonymous(server.baseUri());
    for (Instant end = Instant.now().plus(duration); Instant.now().isBefore(end); ) {
      statuses.add(anonymous.get("/login.xhtml").status());
      pause();
    }
    return statuses;
  }

  /** So that one failure above does not fail every check: waits for 3 s of 200s, up to 2 min. */
  private void awaitSteadyService() {
    ApiClient anonymous = ApiClient.anonymous(server.baseUri());
    int good = 0;
    for (Instant end = Instant.now().plusSeconds(120); good < 12 && Instant.now().isBefore(end); ) {
      good = anonymous.get("/login.xhtml").status() == 200 ? good + 1 : 0;
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private ApiClient admin() {
    return new Provisioning(server).admin();
  }
}
