package org.jadepost.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /openapi} describes the admin API for client generators, without credentials. */
@ExtendWith(SharedJadepost.class)
class OpenApiIT {

  @Test
  void openApiShouldListDomainAndUserEndpointsWithBasicAuth(JadepostProcess server) {
    ApiResponse response = ApiClient.anonymous(server.baseUri()).get("/openapi");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.body())
        .startsWith("openapi: 3.")
        .contains("/api/v1/domains:")
        .contains("/api/v1/domains/{domain}:")
        .contains("/api/v1/domains/{domain}/users:")
        .contains("/api/v1/domains/{domain}/users/{localPart}:")
        .containsPattern("scheme: basic");
  }
}
