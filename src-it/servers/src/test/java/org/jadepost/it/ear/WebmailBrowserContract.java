package org.jadepost.it.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jadepost.it.server.DeployedServer;
import org.jadepost.it.server.ItSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The webmail in a browser wherever {@code jadepost.ear} is deployed (issue 6, "done when"): in
 * headless Chromium a user signs in, writes to a colleague with a Chinese subject, bold text and an
 * attached file, and sends; the colleague's message has the file as a part and the bold text in its
 * HTML. The transfer station and the scheduled mail pages then show the user's file and waiting
 * mail. A failure leaves a screenshot and the page source under {@code
 * target/servers/browser-snapshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ServerLogOnFailure.class)
public interface WebmailBrowserContract {

  /** The server with the EAR deployed; {@code null} until {@code @BeforeAll} has run. */
  DeployedServer server();

  @Test
  default void webmailShouldSendAFormattedMailWithAFileAndShowTransferAndScheduledPages()
      throws Throwable {
    AdminApi api = new AdminApi(server().endpoints());
    UserMail mail = UserMail.create(api, "browser", "alice", "bob");
    String alice = mail.address("alice");
    String bob = mail.address("bob");
    String stored = storeTransferFile(api, alice, "样品目录 2027.txt");
    String waiting = schedule(api, alice, bob, "明天的报价 EAR");
    Path dir = Files.createTempDirectory(ItSettings.workDirectory("browser-files"), "upload-");
    Path file = Files.writeString(dir.resolve("报价单 price list.txt"), "FOB Ningbo 12.50 USD");
    String subject = "浏览器报价 EAR";
    String name = getClass().getSimpleName();

    try (Browser browser = Browser.start(server().endpoints().web(), name)) {
      try {
        sendFromCompose(browser, alice, bob, subject, file);
        assertThat(mail.awaitSubjects(bob, "INBOX")).containsExactly(subject);
        MimeMessage received = newest(mail, bob);
        assertThat(parts(received))
            .anySatisfy(
                p -> {
                  assertThat(p.getFileName()).isEqualTo("报价单 price list.txt");
                  assertThat(p.getContent()).hasToString("FOB Ningbo 12.50 USD");
                })
            .anySatisfy(
                p -> {
                  assertThat(p.isMimeType("text/html")).isTrue();
                  assertThat((String) p.getContent())
                      .containsPattern("<(strong|b)>firm</(strong|b)>");
                });

        shows(browser, "webmail/transfer.xhtml", "Transfer station");
        assertThat(texts(browser.driver(), ".file-name")).containsExactly(stored);
        shows(browser, "webmail/scheduled.xhtml", "Scheduled mail");
        assertThat(texts(browser.driver(), "tr.scheduled-item .subject")).containsExactly(waiting);
      } catch (Throwable failure) {
        browser.snapshot(name + ".webmail", failure);
        throw failure;
      }
    }
  }

  /** Signs in as {@code from}, writes to {@code to} with bold text and {@code file}, and sends. */
  private static void sendFromCompose(
      Browser browser, String from, String to, String subject, Path file) {
    browser.signIn(from, UserMail.PASSWORD);
    WebDriver driver = browser.driver();
    // The mail screen, with its list (a page with an unknown bean shows the error page instead).
    assertThat(driver.getCurrentUrl()).contains("/webmail/index.xhtml");
    noErrorPage(browser);
    assertThat(driver.findElements(By.id("mail:list"))).isNotEmpty();
    browser.open("webmail/compose.xhtml");

    WebElement recipients = driver.findElement(By.id("compose:to_input"));
    recipients.click();
    recipients.sendKeys(to);
    recipients.sendKeys(Keys.ENTER);
    browser.waitUntil(d -> texts(d, "[id='compose:to'] .ui-autocomplete-token-label").contains(to));
    driver.findElement(By.id("compose:subject")).sendKeys(subject);
    WebElement editor = driver.findElement(By.cssSelector("[id='compose:body'] .ql-editor"));
    editor.click();
    editor.sendKeys("Prices are ");
    editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
    editor.sendKeys("firm");
    editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
    editor.sendKeys(" until Friday.");
    driver.findElement(By.cssSelector("[id='compose:upload_input']")).sendKeys(file.toString());
    browser.waitUntil(
        d ->
            texts(d, "[id='compose:files'] li.attachment").stream()
                .anyMatch(t -> t.contains(file.getFileName().toString())));

    noErrorPage(browser);
    browser.guardHttp(driver.findElement(By.id("compose:send"))::click);
    noErrorPage(browser);
    assertThat(driver.findElement(By.id("messages")).getText()).contains("Your message was sent");
  }

  /** Opens {@code path} and checks it answered 200 with its own heading, not an error page. */
  private static void shows(Browser browser, String path, String heading) {
    browser.open(path);
    assertThat(browser.status(path)).as(path).isEqualTo(200);
    noErrorPage(browser);
    assertThat(browser.driver().findElement(By.id("page-title")).getText()).isEqualTo(heading);
  }

  /** The application's error pages (error, expired, not found) all have this heading. */
  private static void noErrorPage(Browser browser) {
    assertThat(browser.driver().findElements(By.id("error-heading")))
        .as("error page at %s", browser.driver().getCurrentUrl())
        .isEmpty();
  }

  private static List<String> texts(WebDriver driver, String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** A small file uploaded to {@code user}'s transfer station over the REST API; its name. */
  private static String storeTransferFile(AdminApi api, String user, String name) throws Exception {
    byte[] content = "catalogue 2027".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> announced =
        api.postAs(
            user,
            UserMail.PASSWORD,
            "api/v1/transfer/files",
            "{\"name\":\"" + name + "\",\"size\":" + content.length + "}");
    assertThat(announced.statusCode()).as(announced.body()).isEqualTo(201);
    long id = AdminApi.object(announced).getJsonNumber("id").longValue();
    HttpResponse<byte[]> stored =
        api.exchange(
            user,
            UserMail.PASSWORD,
            "PUT",
            "api/v1/transfer/files/" + id + "/content",
            Map.of(
                "Content-Type",
                "application/octet-stream",
                "Content-Range",
                "bytes 0-" + (content.length - 1) + "/" + content.length),
            content);
    assertThat(stored.statusCode()).isEqualTo(200);
    return name;
  }

  /** A message from {@code from} to {@code to} scheduled over the REST API for in an hour. */
  private static String schedule(AdminApi api, String from, String to, String subject)
      throws Exception {
    String inAnHour = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(1).toString();
    HttpResponse<String> scheduled =
        api.postAs(
            from,
            UserMail.PASSWORD,
            "api/v1/mailbox/scheduled",
            "{\"message\":{\"to\":[\""
                + to
                + "\"],\"subject\":\""
                + subject
                + "\",\"text\":\"Tomorrow.\"},\"sendAt\":\""
                + inAnHour
                + "\"}");
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
    return subject;
  }

  /** The newest message of {@code user}'s Inbox as the REST raw endpoint gives it. */
  private static MimeMessage newest(UserMail mail, String user) throws Exception {
    long uid = mail.messages(user, "INBOX").get(0).getJsonNumber("uid").longValue();
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(mail.raw(user, "INBOX", uid)));
  }

  /** The leaf parts of {@code part}, depth first. */
  private static List<Part> parts(Part part) throws Exception {
    List<Part> leaves = new ArrayList<>();
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        leaves.addAll(parts(multipart.getBodyPart(i)));
      }
    } else {
      leaves.add(part);
    }
    return leaves;
  }
}
