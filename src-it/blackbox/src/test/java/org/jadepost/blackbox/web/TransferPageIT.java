package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The transfer station page in English (the Chinese subclass runs it again in Chinese): a file
 * uploaded in chunks with the progress bar, listed with size, expiry and a share link that gives
 * the same bytes to anyone; deleted again; the 20 GB limit explained; and the upload API refusing
 * the session's cookie without the webmail's request header (CSRF).
 */
class TransferPageIT extends WebIT {

  /** The texts the page shows in the browser's language. */
  record Texts(String title, String deleted, String spaceLimit, String empty) {}

  /** What the English page says. */
  Texts texts() {
    return new Texts(
        "Transfer station",
        "File deleted.",
        "holds at most 20 GB",
        "The transfer station is empty.");
  }

  @Test
  void uploadedFileShouldBeListedWithALinkThatGivesTheSameBytes(@TempDir Path dir)
      throws IOException, InterruptedException {
    String login = signInNewUser("transfer-page", "lin", "Lin");
    guardHttp(driver().findElement(By.id("nav-transfer"))::click);
    TransferPage page = on(TransferPage.class);
    assertThat(page.title.getText()).isEqualTo(texts().title());
    assertThat(page.none).extracting(e -> e.getText()).containsExactly(texts().empty());

    byte[] content = new byte[(20 << 20) + 4321];
    new Random(7).nextBytes(content);
    Path file = Files.write(dir.resolve("样品照片 samples.zip"), content);
    page.file.sendKeys(file.toString());
    guardHttp(page.start::click);

    page = on(TransferPage.class);
    assertThat(page.names).extracting(e -> e.getText()).containsExactly("样品照片 samples.zip");
    assertThat(page.sizes.get(0).getText()).isEqualTo("20.0 MB");
    assertThat(page.expiries.get(0).getText()).isNotBlank();
    String link = page.links.get(0).getDomProperty("value");
    assertThat(link).contains("/transfer/");
    HttpClient http = HttpClient.newHttpClient();
    byte[] downloaded =
        http.send(
                HttpRequest.newBuilder(server.baseUri().resolve(URI.create(link).getPath()))
                    .build(),
                BodyHandlers.ofByteArray())
            .body();
    assertThat(sha256(downloaded)).isEqualTo(sha256(content));

    guardAjax(page.deletes.get(0)::click);
    assertThat(driver().findElement(By.id("messages")).getText()).contains(texts().deleted());
    page = on(TransferPage.class);
    assertThat(page.names).isEmpty();

    fillTwentyGigabytes(http, login);
    page.file.sendKeys(file.toString());
    page.start.click();
    TransferPage shown = page;
    waitUntil(d -> !shown.status.getText().isBlank());
    assertThat(page.status.getText()).contains(texts().spaceLimit());

    Object status =
        ((JavascriptExecutor) driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch('/api/v1/transfer/files', {method: 'POST', credentials: 'same-origin',"
                    + " headers: {'Content-Type': 'application/json'},"
                    + " body: JSON.stringify({name: 'x', size: 1})}).then(r => done(r.status));");
    assertThat(status).as("unsafe call without the webmail header").isEqualTo(403L);
  }

  private void fillTwentyGigabytes(HttpClient http, String login)
      throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder().encodeToString((login + ":" + Provisioning.PASSWORD).getBytes());
    for (int i = 0; i < 5; i++) {
      String body =
          Json.createObjectBuilder()
              .add("name", "big" + i)
              .add("size", 4L << 30)
              .build()
              .toString();
      int code =
          http.send(
                  HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/transfer/files"))
                      .header("Authorization", "Basic " + basic)
                      .header("Content-Type", "application/json")
                      .POST(BodyPublishers.ofString(body))
                      .build(),
                  BodyHandlers.discarding())
              .statusCode();
      assertThat(code).isEqualTo(201);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
