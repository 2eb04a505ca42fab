package org.jadepost.it.ear;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.jadepost.it.server.Endpoints;

/** HTTP calls to a deployed Jadepost: the admin REST API as {@code admin}, pages and health. */
final class AdminApi {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Endpoints endpoints;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  AdminApi(Endpoints endpoints) {
    this.endpoints = endpoints;
  }

  /**
   * The readiness response once it is 200, or the last one after {@code timeout}: listeners may
   * bind a moment after the deployment command returns.
   */
  HttpResponse<String> awaitReadiness(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<String> response = send(HttpRequest.newBuilder(endpoints.readiness()).GET());
    while (response.statusCode() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      response = send(HttpRequest.newBuilder(endpoints.readiness()).GET());
    }
    return response;
  }

  HttpResponse<String> page(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(resolve(path)).GET());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return getAs("admin", endpoints.adminPassword(), path);
  }

  HttpResponse<String> getAs(String login, String password, String path)
      throws IOException, InterruptedException {
    return send(authorized(HttpRequest.newBuilder(resolve(path)), login, password).GET());
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return postAs("admin", endpoints.adminPassword(), path, json);
  }

  HttpResponse<String> postAs(String login, String password, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        authorized(HttpRequest.newBuilder(resolve(path)), login, password)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    return send(request);
  }

  HttpResponse<String> deleteAs(String login, String password, String path)
      throws IOException, InterruptedException {
    return send(authorized(HttpRequest.newBuilder(resolve(path)), login, password).DELETE());
  }

  /**
   * Any request with {@code headers} and {@code body} (none when null), as {@code login} or without
   * credentials when {@code login} is null; the answer as bytes.
   */
  HttpResponse<byte[]> exchange(
      String login,
      String password,
      String method,
      String path,
      Map<String, String> headers,
      byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path));
    if (login != null) {
      authorized(request, login, password);
    }
    headers.forEach(request::header);
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonObject object(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** The status of each named check in a MicroProfile Health response. */
  static Map<String, String> checks(HttpResponse<String> health) {
    return object(health).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
  }

  static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  private URI resolve(String path) {
    return endpoints.web().resolve(path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(
        request.timeout(TIMEOUT).header("Accept", "application/json, text/html").build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder authorized(
      HttpRequest.Builder request, String login, String password) {
    String credentials = login + ":" + password;
    return request.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }
}
