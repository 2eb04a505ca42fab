package org.jadepost.blackbox.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Collections;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.DatabaseAvailable;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.ServerSettings;
import org.jadepost.blackbox.server.Smtplib;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Brute-force protection (B4) on a server of its own with small limits: wrong passwords lock the
 * account on every protocol, wrong logins from one address lock that address, a right password is
 * refused during the lock, and the lock is in the login log. Each test guesses from its own
 * loopback address (127.0.0.x), so the locks stay apart.
 */
@ExtendWith(DatabaseAvailable.class)
class LoginLockIT {

  private static final int PER_ACCOUNT = 4;
  private static final int PER_ADDRESS = 6;

  private static JadepostProcess server;
  private static Provisioning provisioning;

  private String domain;
  private ApiClient admin;

  @BeforeAll
  static void start() {
    server =
        JadepostProcess.startFresh(
            ServerSettings.named("loginlock")
                .with("JADEPOST_LOGIN_MAX_FAILURES", String.valueOf(PER_ACCOUNT))
                .with("JADEPOST_LOGIN_MAX_FAILURES_PER_IP", String.valueOf(PER_ADDRESS)));
    provisioning = new Provisioning(server);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void provision() {
    domain = provisioning.createDomain("lock");
    admin = provisioning.admin();
  }

  @Test
  void wrongPasswordsShouldLockTheAccountEverywhereAndLogTheLock() {
    String alice = provisioning.createUser(domain, "alice", "Alice");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    List<List<String>> guesses = Collections.nCopies(PER_ACCOUNT, List.of(alice, "Guess2024pw"));

    assertThat(attempts("127.0.0.2", guesses))
        .allSatisfy(r -> assertThat(r).startsWith("REPLY 535"));
    assertThat(attempts("127.0.0.2", List.of(List.of(alice, Provisioning.PASSWORD))))
        .containsExactly("REPLY 454 4.7.0 Too many failed logins; try again in a few minutes");
    assertThat(
            ApiClient.as(server.baseUri(), alice, Provisioning.PASSWORD)
                .get("/api/v1/account/login-log")
                .status())
        .as("the lock holds on REST too")
        .isEqualTo(429);
    assertThat(attempts("127.0.0.2", List.of(List.of(bob, Provisioning.PASSWORD))))
        .as("other accounts and the address are not locked")
        .containsExactly("OK");

    List<String> log =
        summaries(
            admin
                .get("/api/v1/login-log?account=" + alice)
                .jsonArray()
                .getValuesAs(JsonObject.class));
    assertThat(log)
        .containsExactly(
            "API REFUSED ACCOUNT_LOCKED 127.0.0.1",
            "SMTP REFUSED ACCOUNT_LOCKED 127.0.0.2",
            "SMTP LOCKED ACCOUNT_LOCKED 127.0.0.2",
            "SMTP FAILURE WRONG_PASSWORD 127.0.0.2",
            "SMTP FAILURE WRONG_PASSWORD 127.0.0.2",
            "SMTP FAILURE WRONG_PASSWORD 127.0.0.2",
            "SMTP FAILURE WRONG_PASSWORD 127.0.0.2");
  }

  @Test
  void wrongLoginsFromOneAddressShouldLockTheAddressButNotOthers() {
    String carol = provisioning.createUser(domain, "carol", "Carol");
    String dave = provisioning.createUser(domain, "dave", "Dave");
    List<List<String>> guesses =
        List.of(
            List.of(carol, "Guess2024pw"),
            List.of("ghost1@" + domain, "Guess2024pw"),
            List.of("ghost2@" + domain, "Guess2024pw"),
            List.of(carol, "Guess2025pw"),
            List.of("ghost3@" + domain, "Guess2024pw"),
            List.of("ghost4@" + domain, "Guess2024pw"));

    assertThat(attempts("127.0.0.3", guesses))
        .allSatisfy(r -> assertThat(r).startsWith("REPLY 535"));
    assertThat(attempts("127.0.0.3", List.of(List.of(dave, Provisioning.PASSWORD))))
        .singleElement()
        .satisfies(r -> assertThat(r).startsWith("REPLY 454"));
    assertThat(attempts("127.0.0.4", List.of(List.of(dave, Provisioning.PASSWORD))))
        .containsExactly("OK");

    List<JsonObject> locks =
        admin
            .get("/api/v1/login-log?ip=127.0.0.3&result=LOCKED")
            .jsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(locks)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("reason")).isEqualTo("ADDRESS_LOCKED");
              assertThat(e.getString("login")).isEqualTo("ghost4@" + domain);
            });
    assertThat(
            summaries(
                admin
                    .get("/api/v1/login-log?account=" + dave)
                    .jsonArray()
                    .getValuesAs(JsonObject.class)))
        .containsExactly(
            "SMTP SUCCESS PASSWORD 127.0.0.4", "SMTP REFUSED ADDRESS_LOCKED 127.0.0.3");
    assertThat(
            admin
                .get("/api/v1/login-log?domain=" + domain + "&result=FAILURE&ip=127.0.0.3")
                .jsonArray())
        .hasSize(PER_ADDRESS);
  }

  private static List<String> attempts(String source, List<List<String>> pairs) {
    return Smtplib.authAttempts(server.ports().submission(), source, pairs);
  }

  private static List<String> summaries(List<JsonObject> entries) {
    return entries.stream()
        .map(
            e ->
                String.join(
                    " ",
                    e.getString("protocol"),
                    e.getString("result"),
                    e.getString("reason"),
                    e.getString("remoteAddress")))
        .toList();
  }
}
