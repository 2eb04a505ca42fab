package org.jadepost.blackbox.drive;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The transfer station's chunked upload API as any HTTP client uses it: announce, PUT chunks with
 * {@code Content-Range}, HEAD for the received length, GET the bytes. Basic credentials or none.
 */
final class TransferClient {

  static final String FILES = "/api/v1/transfer/files";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final Optional<String> authorization;
  private final String language;

  private TransferClient(URI base, Optional<String> authorization, String language) {
    this.base = base;
    this.authorization = authorization;
    this.language = language;
  }

  static TransferClient as(URI base, String login, String password) {
    String token = login + ":" + password;
    return new TransferClient(
        base,
        Optional.of(
            "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))),
        "en");
  }

  static TransferClient anonymous(URI base) {
    return new TransferClient(base, Optional.empty(), "en");
  }

  /** The same caller asking for messages in {@code language}. */
  TransferClient speaking(String language) {
    return new TransferClient(base, authorization, language);
  }

  HttpResponse<String> announce(String name, long size) {
    String body = Json.createObjectBuilder().add("name", name).add("size", size).build().toString();
    return send(
        request(FILES)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> chunk(long id, byte[] file, int from, int to) {
    byte[] part = java.util.Arrays.copyOfRange(file, from, to);
    return send(
        request(FILES + "/" + id + "/content")
            .header("Content-Type", "application/octet-stream")
            .header("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + file.length)
            .PUT(BodyPublishers.ofByteArray(part)),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> head(long id) {
    return send(
        request(FILES + "/" + id + "/content").method("HEAD", BodyPublishers.noBody()),
        BodyHandlers.ofString());
  }

  HttpResponse<byte[]> bytes(String path, String range) {
    HttpRequest.Builder request = request(path).GET();
    if (range != null) {
      request.header("Range", range);
    }
    return send(request, BodyHandlers.ofByteArray());
  }

  HttpResponse<String> text(String method, String path) {
    return send(
        request(path).method(method, BodyPublishers.noBody()),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", language);
    authorization.ifPresent(value -> request.header("Authorization", value));
    return request;
  }

  private static <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
    try {
      return HTTP.send(request.build(), handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
