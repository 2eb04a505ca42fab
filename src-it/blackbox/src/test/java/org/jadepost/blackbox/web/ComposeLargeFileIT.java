package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.ExternalClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Large files in the compose screen (C3) in English (the Chinese subclass runs it again): a 60 MB
 * file given to "Attach files" goes to the transfer station in chunks and becomes a link, a small
 * one given there stays a MIME part, a file already in the station is picked; the colleague's mail
 * has only the small part and a "large files" block with both links, and downloading them gives the
 * same bytes.
 */
class ComposeLargeFileIT extends WebIT {

  private static final Pattern LINK = Pattern.compile("https?://\\S+/transfer/[A-Za-z0-9_-]+");

  /** The block title and the "sent" message in the browser's language. */
  String[] texts() {
    return new String[] {"Large files (download links)", "Your message was sent"};
  }

  @Test
  void sixtyMegabyteFileShouldReachTheColleagueAsALinkToTheSameBytes(@TempDir Path dir)
      throws IOException, InterruptedException, NoSuchAlgorithmException {
    String domain = provisioning.createDomain("large-file");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    byte[] small = "catalogue 2027".getBytes();
    upload(alice, "catalogue.txt", small);
    Path big = dir.resolve("工厂视频 factory.mp4");
    try (OutputStream out = Files.newOutputStream(big)) {
      Random random = new Random(60);
      byte[] block = new byte[1 << 20];
      for (int i = 0; i < 60; i++) {
        random.nextBytes(block);
        out.write(block);
      }
    }
    signIn(alice, Provisioning.PASSWORD);
    guardHttp(driver().findElement(By.id("nav-compose"))::click);
    ComposePage page = on(ComposePage.class);
    ComposePage.add(page.to, bob);
    page.subject.sendKeys("Factory video");

    // Both through the one "Attach files" field: the 60 MB file becomes a link, the small one a
    // part.
    on(ComposePage.class).upload.sendKeys(big.toString());
    waitUntil(d -> on(ComposePage.class).files.size() == 1);
    assertThat(on(ComposePage.class).files.get(0).getText()).contains("工厂视频 factory.mp4");
    assertThat(
            driver()
                .findElement(By.cssSelector("#compose-large .large-upload progress"))
                .getDomProperty("value"))
        .isEqualTo("100");
    Path quote = dir.resolve("报价单.txt");
    Files.writeString(quote, "FOB Ningbo 12.50 USD");
    on(ComposePage.class).upload.sendKeys(quote.toString());
    waitUntil(d -> on(ComposePage.class).files.size() == 2);
    guardAjax(driver().findElement(By.id("transfer-attach"))::click);
    waitUntil(d -> on(ComposePage.class).files.size() == 3);
    assertThat(on(ComposePage.class).files)
        .extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).contains("catalogue.txt"))
        .anySatisfy(t -> assertThat(t).contains("报价单.txt"));
    guardHttp(driver().findElement(By.id("compose:send"))::click);
    assertThat(driver().findElement(By.id("messages")).getText()).contains(texts()[1]);

    String parsed =
        ExternalClient.python(
                "import imaplib,sys,email\n"
                    + "from email import policy\n"
                    + "m=imaplib.IMAP4('127.0.0.1',int(sys.argv[1]))\n"
                    + "m.login(sys.argv[2],sys.argv[3]); m.select('INBOX')\n"
                    + "t,d=m.uid('FETCH','1','(BODY.PEEK[])')\n"
                    + "raw=d[0][1]\n"
                    + "msg=email.message_from_bytes(raw,policy=policy.default)\n"
                    + "files=[a.get_filename() for a in msg.iter_attachments()]\n"
                    + "out='size=%d parts=%s\\n' % (len(raw), files)\n"
                    + "out+='text='+msg.get_body(('plain',)).get_content()+'\\n'\n"
                    + "out+='html='+msg.get_body(('html',)).get_content()+'\\n'\n"
                    + "sys.stdout.buffer.write(out.encode())\n",
                String.valueOf(server.ports().imap()), bob, Provisioning.PASSWORD)
            .output();
    assertThat(parsed).contains("parts=['报价单.txt']").contains(texts()[0]).contains("60.0 MB");
    long size = Long.parseLong(parsed.substring(5, parsed.indexOf(' ')));
    assertThat(size).as("no 60 MB part in the mail").isLessThan(100_000);
    String text = parsed.substring(parsed.indexOf("text="), parsed.indexOf("html="));
    Matcher links = LINK.matcher(text);
    assertThat(links.find()).as(text).isTrue();
    String first = links.group();
    assertThat(links.find()).as(text).isTrue();
    String second = links.group();
    assertThat(parsed.substring(parsed.indexOf("html="))).contains("href=\"" + first);

    HttpClient http = HttpClient.newHttpClient();
    String bigHash = sha256(Files.newInputStream(big));
    assertThat(java.util.List.of(download(http, first), download(http, second)))
        .containsExactlyInAnyOrder(bigHash, sha256(new java.io.ByteArrayInputStream(small)));
  }

  @Test
  void savedDraftShouldReopenWithItsLargeFileLink() throws IOException, InterruptedException {
    String domain = provisioning.createDomain("large-draft");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    upload(alice, "样品目录 2027.pdf", "catalogue".getBytes());
    signIn(alice, Provisioning.PASSWORD);
    ComposePage page = open("/webmail/compose.xhtml", ComposePage.class);
    page.subject.sendKeys("Catalogue draft");
    guardAjax(driver().findElement(By.id("transfer-attach"))::click);
    waitUntil(d -> on(ComposePage.class).files.size() == 1);
    guardAjax(driver().findElement(By.id("compose:save"))::click);

    Mailbox mailbox = new Mailbox(server, alice);
    long uid = mailbox.messages("DRAFTS").get(0).getJsonNumber("uid").longValue();
    open("/webmail/compose.xhtml?draft=" + uid, ComposePage.class);

    assertThat(on(ComposePage.class).files)
        .singleElement()
        .extracting(WebElement::getText)
        .satisfies(t -> assertThat(t).contains("样品目录 2027.pdf"));
  }

  private String download(HttpClient http, String link)
      throws IOException, InterruptedException, NoSuchAlgorithmException {
    URI local = server.baseUri().resolve(URI.create(link).getPath());
    try (InputStream in =
        http.send(HttpRequest.newBuilder(local).build(), BodyHandlers.ofInputStream()).body()) {
      return sha256(in);
    }
  }

  private void upload(String login, String name, byte[] content)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    String basic =
        "Basic "
            + Base64.getEncoder().encodeToString((login + ":" + Provisioning.PASSWORD).getBytes());
    String body =
        Json.createObjectBuilder().add("name", name).add("size", content.length).build().toString();
    String created =
        http.send(
                HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/transfer/files"))
                    .header("Authorization", basic)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(body))
                    .build(),
                BodyHandlers.ofString())
            .body();
    long id =
        Json.createReader(new java.io.StringReader(created))
            .readObject()
            .getJsonNumber("id")
            .longValue();
    int status =
        http.send(
                HttpRequest.newBuilder(
                        server.baseUri().resolve("/api/v1/transfer/files/" + id + "/content"))
                    .header("Authorization", basic)
                    .PUT(BodyPublishers.ofByteArray(content))
                    .build(),
                BodyHandlers.discarding())
            .statusCode();
    assertThat(status).isEqualTo(200);
  }

  private static String sha256(InputStream in) throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
      digesting.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
