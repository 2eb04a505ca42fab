package org.jadepost.blackbox.mailauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.api.ApiErrors.assertError;

import jakarta.json.JsonObject;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An administrator reads the DKIM TXT record of his domain and rotates the key (FEATURES T4). */
@ExtendWith(SharedJadepost.class)
class DkimApiIT {

  private JadepostProcess server;
  private Provisioning provisioning;
  private String domain;

  @BeforeEach
  void setUp(JadepostProcess server) {
    this.server = server;
    provisioning = new Provisioning(server);
    domain = provisioning.createDomain("dkim");
  }

  private static String dkimOf(String domain) {
    return "/api/v1/domains/" + domain + "/dkim";
  }

  @Test
  void getDkimShouldReturnPublishableTxtRecordWithRsa2048Key() throws Exception {
    ApiResponse response = provisioning.admin().get(dkimOf(domain));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonObject record = response.json();
    String selector = record.getString("selector");
    assertThat(selector).matches("jp20\\d{4}");
    assertThat(record.getString("domain")).isEqualTo(domain);
    assertThat(record.getString("recordName")).isEqualTo(selector + "._domainkey." + domain);
    String txt = record.getString("txtValue");
    assertThat(txt).startsWith("v=DKIM1; k=rsa; p=");
    RSAPublicKey key = publicKey(txt);
    assertThat(key.getModulus().bitLength()).isEqualTo(2048);
    // nothing but the public part leaves the server
    assertThat(record.keySet())
        .containsExactlyInAnyOrder("domain", "selector", "recordName", "txtValue", "createdAt");
    assertThat(response.toString()).doesNotContainIgnoringCase("private");
  }

  @Test
  void getDkimShouldReturnSameKeyEveryTime() {
    String first = provisioning.admin().get(dkimOf(domain)).json().getString("txtValue");
    String second = provisioning.admin().get(dkimOf(domain)).json().getString("txtValue");

    assertThat(second).isEqualTo(first);
  }

  @Test
  void domainAdministratorShouldReadOwnRecordButGet403ForOtherDomain() {
    String chief = provisioning.createUser(domain, "chief", "主管", "DOMAIN_ADMIN");
    String other = provisioning.createDomain("other");
    ApiClient client = ApiClient.as(server.baseUri(), chief, Provisioning.PASSWORD);

    ApiResponse own = client.get(dkimOf(domain));
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.json().getString("txtValue"))
        .isEqualTo(provisioning.admin().get(dkimOf(domain)).json().getString("txtValue"));
    assertError(client.get(dkimOf(other)), 403);
    assertError(client.postWithoutBody(dkimOf(other) + "/rotation"), 403);
  }

  @Test
  void plainUserShouldGet403() {
    String user = provisioning.createUser(domain, "zhang", "张三");

    assertError(
        ApiClient.as(server.baseUri(), user, Provisioning.PASSWORD).get(dkimOf(domain)), 403);
  }

  @Test
  void rotationShouldPublishNewSelectorAndKey() {
    JsonObject before = provisioning.admin().get(dkimOf(domain)).json();

    ApiResponse rotated = provisioning.admin().postWithoutBody(dkimOf(domain) + "/rotation");

    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
    JsonObject after = rotated.json();
    assertThat(after.getString("selector"))
        .isNotEqualTo(before.getString("selector"))
        .matches("jp20\\d{4}(-\\d+)?");
    assertThat(after.getString("txtValue")).isNotEqualTo(before.getString("txtValue"));
    assertThat(provisioning.admin().get(dkimOf(domain)).json()).isEqualTo(after);
  }

  @Test
  void getDkimShouldReturn404WhenDomainUnknown() {
    assertError(provisioning.admin().get(dkimOf(Provisioning.uniqueDomain("ghost"))), 404);
  }

  private static RSAPublicKey publicKey(String txt) throws Exception {
    byte[] der = Base64.getDecoder().decode(txt.substring(txt.indexOf("p=") + 2));
    return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
  }
}
