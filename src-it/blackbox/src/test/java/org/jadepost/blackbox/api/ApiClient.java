package org.jadepost.blackbox.api;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Calls the server's HTTP endpoints as one caller: anonymous, or with HTTP Basic credentials (RFC
 * 7617, UTF-8) sent up front on every request.
 */
public final class ApiClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final Optional<String> authorization;
  private final Optional<String> language;

  private ApiClient(URI base, Optional<String> authorization, Optional<String> language) {
    this.base = base;
    this.authorization = authorization;
    this.language = language;
  }

  /** A caller without credentials. */
  public static ApiClient anonymous(URI base) {
    return new ApiClient(base, Optional.empty(), Optional.empty());
  }

  /** A caller with {@code login} and {@code password}. */
  public static ApiClient as(URI base, String login, String password) {
    String token = login + ":" + password;
    return new ApiClient(
        base,
        Optional.of(
            "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))),
        Optional.empty());
  }

  /** The same caller sending {@code Accept-Language: acceptLanguage}. */
  public ApiClient speaking(String acceptLanguage) {
    return new ApiClient(base, authorization, Optional.of(acceptLanguage));
  }

  public ApiResponse get(String path) {
    return send(request(path).GET());
  }

  public ApiResponse delete(String path) {
    return send(request(path).DELETE());
  }

  public ApiResponse post(String path, JsonObject body) {
    return post(path, body.toString());
  }

  /** POSTs {@code body} as it is, as {@code application/json}: for malformed bodies too. */
  public ApiResponse post(String path, String body) {
    return postJson(path, BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  /** PUTs {@code body} as {@code application/json}. */
  public ApiResponse put(String path, JsonObject body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  /** POSTs no body at all, as {@code application/json}. */
  public ApiResponse postWithoutBody(String path) {
    return postJson(path, BodyPublishers.noBody());
  }

  private ApiResponse postJson(String path, BodyPublisher body) {
    return send(request(path).header("Content-Type", "application/json").POST(body));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    authorization.ifPresent(value -> request.header("Authorization", value));
    language.ifPresent(value -> request.header("Accept-Language", value));
    return request;
  }

  private static ApiResponse send(HttpRequest.Builder request) {
    try {
      var response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new ApiResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
