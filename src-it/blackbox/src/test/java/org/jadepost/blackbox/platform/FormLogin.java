package org.jadepost.blackbox.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in through the login form with plain HTTP, the way a browser posts it, where starting a
 * browser would cost more than the check is worth.
 */
public final class FormLogin {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private FormLogin() {}

  /** Posts the form and follows the redirects; returns the page the browser would land on. */
  public static Landing signIn(URI base, String login, String password) {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> form = send(http, request(base.resolve("/login.xhtml")).GET());
    Matcher viewState = VIEW_STATE.matcher(form.body());
    if (!viewState.find()) {
      throw new IllegalStateException("No view state in the login page:\n" + form.body());
    }
    Map<String, String> fields =
        Map.of(
            "login",
            "login",
            "login:username",
            login,
            "login:password",
            password,
            "login:submit",
            "",
            "jakarta.faces.ViewState",
            viewState.group(1));
    HttpResponse<String> response =
        send(
            http,
            request(base.resolve("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    for (int hops = 0; hops < 5 && response.headers().firstValue("Location").isPresent(); hops++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").get());
      response = send(http, request(next).GET());
    }
    return new Landing(response.uri(), response.statusCode(), response.body());
  }

  private static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept-Language", "en-US,en;q=0.8");
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            f ->
                URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
    try {
      return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The page after signing in.
   *
   * @param uri where the redirects ended
   * @param status its status
   * @param body its HTML
   */
  public record Landing(URI uri, int status, String body) {}
}
