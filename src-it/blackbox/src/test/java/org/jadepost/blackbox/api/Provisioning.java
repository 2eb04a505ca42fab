package org.jadepost.blackbox.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jadepost.blackbox.server.JadepostProcess;

/**
 * Sets up a test's own domains and users as the provider administrator, through the REST API. Every
 * name carries a random part, so tests sharing a server never meet each other's data.
 */
public final class Provisioning {

  /** A password every policy rule accepts. */
  public static final String PASSWORD = "Secret2024pw";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiClient admin;

  public Provisioning(JadepostProcess server) {
    this.admin = ApiClient.as(server.baseUri(), "admin", server.adminPassword());
  }

  /** {@code prefix} followed by a random suffix, lower-case letters and digits. */
  public static String unique(String prefix) {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return prefix + HexFormat.of().formatHex(bytes);
  }

  /** A fresh, not yet created domain name such as {@code acme-1a2b3c4d.example.com}. */
  public static String uniqueDomain(String prefix) {
    return unique(prefix + "-") + ".example.com";
  }

  /** The provider administrator's client. */
  public ApiClient admin() {
    return admin;
  }

  /** Creates a domain with default settings; returns its name. */
  public String createDomain(String prefix) {
    String name = uniqueDomain(prefix);
    created(admin.post("/api/v1/domains", Json.createObjectBuilder().add("name", name).build()));
    return name;
  }

  /** Creates a plain user with {@link #PASSWORD}; returns his address. */
  public String createUser(String domain, String localPart, String displayName) {
    return createUser(domain, localPart, displayName, "USER");
  }

  /** Creates a user with {@link #PASSWORD} and {@code role}; returns his address. */
  public String createUser(String domain, String localPart, String displayName, String role) {
    JsonObject created =
        created(admin.post(usersOf(domain), user(localPart, PASSWORD, displayName, role).build()));
    return created.getString("address");
  }

  /** The body of a user creation request. */
  public static JsonObjectBuilder user(
      String localPart, String password, String displayName, String role) {
    return Json.createObjectBuilder()
        .add("localPart", localPart)
        .add("password", password)
        .add("displayName", displayName)
        .add("role", role);
  }

  /** {@code /api/v1/domains/<domain>/users}. */
  public static String usersOf(String domain) {
    return "/api/v1/domains/" + domain + "/users";
  }

  private static JsonObject created(ApiResponse response) {
    if (response.status() != 201) {
      throw new IllegalStateException("Provisioning failed: " + response);
    }
    return response.json();
  }
}
