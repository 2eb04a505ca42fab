package org.jadepost.blackbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** Checks on the error format every API failure shares. */
public final class ApiErrors {

  private ApiErrors() {}

  /**
   * Asserts that {@code response} failed with {@code status} and a JSON body {@code {"status",
   * "error", "message"}}; returns the stable error code.
   */
  public static String assertError(ApiResponse response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonObject error = response.json();
    assertThat(error.getInt("status")).as(response.toString()).isEqualTo(status);
    assertThat(error.getString("message")).isNotBlank();
    return error.getString("error");
  }
}
