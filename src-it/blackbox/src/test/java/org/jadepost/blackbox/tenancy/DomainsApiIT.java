package org.jadepost.blackbox.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The provider administrator creates, lists and reads domains through the REST API. */
@ExtendWith(SharedJadepost.class)
class DomainsApiIT {

  private static final String DOMAINS = "/api/v1/domains";

  private ApiClient admin;

  @BeforeEach
  void connect(JadepostProcess server) {
    admin = new Provisioning(server).admin();
  }

  @Test
  void createDomainShouldReturn201WithCanonicalLowerCaseName() {
    String name = Provisioning.uniqueDomain("acme");

    ApiResponse response = admin.post(DOMAINS, domain(name.toUpperCase()).build());

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    JsonObject body = response.json();
    assertThat(body.getString("name")).isEqualTo(name);
    assertThat(body.getString("edition")).isEqualTo("STANDARD");
    assertThat(body.getBoolean("enabled")).isTrue();
    assertThat(body.getJsonNumber("userCount").longValue()).isZero();
    assertThat(body.getJsonNumber("quotaBytes").longValue()).isPositive();
    assertThat(response.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(DOMAINS + "/" + name));
  }

  @Test
  void createDomainShouldKeepGivenSettingsAndChineseDisplayName() {
    String name = Provisioning.uniqueDomain("pro");
    JsonObject request =
        domain(name)
            .add("displayName", "玉邮科技有限公司")
            .add("edition", "PROFESSIONAL")
            .add("quotaBytes", 50L << 30)
            .add("userQuotaBytes", 2L << 30)
            .add("maxUsers", 25)
            .build();

    assertThat(admin.post(DOMAINS, request).status()).isEqualTo(201);
    JsonObject stored = admin.get(DOMAINS + "/" + name).json();

    assertThat(stored.getString("displayName")).isEqualTo("玉邮科技有限公司");
    assertThat(stored.getString("edition")).isEqualTo("PROFESSIONAL");
    assertThat(stored.getJsonNumber("quotaBytes").longValue()).isEqualTo(50L << 30);
    assertThat(stored.getJsonNumber("userQuotaBytes").longValue()).isEqualTo(2L << 30);
    assertThat(stored.getInt("maxUsers")).isEqualTo(25);
  }

  @Test
  void createDomainShouldStoreInternationalizedNameAsPunycode() {
    ApiResponse response = admin.post(DOMAINS, domain("例子.中国").build());

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json().getString("name")).isEqualTo("xn--fsqu00a.xn--fiqs8s");
    assertThat(admin.get(DOMAINS + "/xn--fsqu00a.xn--fiqs8s").status()).isEqualTo(200);
  }

  @Test
  void createDomainShouldReturn409WhenNameTakenInAnyCase() {
    String name = Provisioning.uniqueDomain("dup");
    assertThat(admin.post(DOMAINS, domain(name).build()).status()).isEqualTo(201);

    ApiResponse again = admin.post(DOMAINS, domain(name.toUpperCase()).build());

    assertError(again, 409);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad_name!.com", "nodot", "-leading.com", "a..b.com", " "})
  void createDomainShouldReturn400WhenNameInvalid(String name) {
    assertError(admin.post(DOMAINS, domain(name).build()), 400);
  }

  @Test
  void createDomainShouldReturn400WhenBodyIsMalformedJson() {
    assertError(admin.post(DOMAINS, "{\"name\": \"broken.com\""), 400);
  }

  @Test
  void createDomainShouldReturn400WhenBodyMissing() {
    assertError(admin.postWithoutBody(DOMAINS), 400);
  }

  @Test
  void getDomainShouldReturn404WhenUnknown() {
    assertError(admin.get(DOMAINS + "/" + Provisioning.uniqueDomain("ghost")), 404);
  }

  @Test
  void listDomainsShouldContainCreatedDomains() {
    String first = Provisioning.uniqueDomain("list");
    String second = Provisioning.uniqueDomain("list");
    admin.post(DOMAINS, domain(first).build());
    admin.post(DOMAINS, domain(second).build());

    ApiResponse response = admin.get(DOMAINS);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.jsonArray().stream().map(d -> d.asJsonObject().getJsonString("name")))
        .extracting(JsonString::getString)
        .contains(first, second);
  }

  private static JsonObjectBuilder domain(String name) {
    return Json.createObjectBuilder().add("name", name);
  }
}
