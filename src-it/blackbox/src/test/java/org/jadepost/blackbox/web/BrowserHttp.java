package org.jadepost.blackbox.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Requests made with the browser's own session cookie, for what a browser does but WebDriver cannot
 * observe: response headers, status codes, Range downloads, and URLs a user edits by hand.
 */
final class BrowserHttp {

  private BrowserHttp() {}

  /** GET {@code uri} as the signed-in browser, with extra header pairs {@code headers}. */
  static HttpResponse<byte[]> get(WebDriver driver, URI uri, String... headers) {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Cookie", cookies);
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
