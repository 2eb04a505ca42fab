package org.jadepost.blackbox.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.stream.Collectors;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The MicroProfile Health endpoints a load balancer or orchestrator polls, without credentials. */
@ExtendWith(SharedJadepost.class)
class HealthIT {

  private ApiClient anonymous;

  @BeforeEach
  void connect(JadepostProcess server) {
    anonymous = ApiClient.anonymous(server.baseUri());
  }

  @Test
  void readinessShouldBeUpWithDatabaseAndListenersChecks() {
    ApiResponse response = anonymous.get("/health/ready");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonObject health = response.json();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(checks(health)).containsEntry("database", "UP").containsEntry("listeners", "UP");
  }

  @Test
  void applicationReadinessShouldMatchTheHealthChecks() {
    ApiResponse response = anonymous.get("/status/ready");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().getString("status")).isEqualTo("UP");
    assertThat(checks(response.json()))
        .containsEntry("database", "UP")
        .containsEntry("listeners", "UP");
  }

  @Test
  void livenessShouldBeUp() {
    ApiResponse response = anonymous.get("/health/live");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().getString("status")).isEqualTo("UP");
  }

  private static Map<String, String> checks(JsonObject health) {
    return health.getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
  }
}
