package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.DatabaseAvailable;
import org.jadepost.blackbox.server.Directories;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.ServerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Scheduled send survives a restart (C4): a message scheduled in the browser falls due while the
 * server is stopped and leaves after it starts again, once. Runs its own server, like RestartIT.
 */
@ExtendWith(DatabaseAvailable.class)
class ScheduledSendRestartIT {

  private static final Duration WAIT = Duration.ofSeconds(90);

  private JadepostProcess server;
  private WebDriver driver;
  private Path profile;

  @AfterEach
  void stop() {
    if (driver != null) {
      driver.quit();
      Directories.delete(profile);
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void mailDueWhileServerWasDownShouldLeaveAfterRestart() {
    server = JadepostProcess.startFresh(ServerSettings.named("sched-restart"));
    Provisioning provisioning = new Provisioning(server);
    String domain = provisioning.createDomain("sched-restart");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    ZonedDateTime at =
        ZonedDateTime.now(ZoneId.of("UTC")).plusSeconds(40).truncatedTo(ChronoUnit.SECONDS);
    scheduleInBrowser(alice, bob, "Survives restarts", at);
    driver.quit();
    driver = null;
    Directories.delete(profile);

    assertThat(Instant.now()).as("stopped before it was due").isBefore(at.toInstant());
    assertThat(subjects(bob)).doesNotContain("Survives restarts");
    server.stop();
    ScheduledSteps.sleepUntil(at.toInstant().plusSeconds(5));
    assertThat(Instant.now()).isAfter(at.toInstant());
    server.start();

    new FluentWait<>(bob)
        .withTimeout(WAIT)
        .pollingEvery(Duration.ofSeconds(1))
        .until(user -> subjects(user).contains("Survives restarts"));
    ScheduledSteps.sleepUntil(Instant.now().plusSeconds(12));
    assertThat(subjects(bob)).containsOnlyOnce("Survives restarts");
    assertThat(new Mailbox(server, alice).messages("SENT"))
        .extracting(m -> m.getString("subject"))
        .containsExactly("Survives restarts");
  }

  private void scheduleInBrowser(String alice, String bob, String subject, ZonedDateTime at) {
    profile = Chromium.newProfile();
    driver = Chromium.start(Locale.US, profile);
    driver.get(server.baseUri().resolve("/login.xhtml").toString());
    LoginPage login = PageFactory.initElements(driver, LoginPage.class);
    login.username.sendKeys(alice);
    login.password.sendKeys(Provisioning.PASSWORD);
    login.submit.click();
    await(d -> d.getCurrentUrl().contains("/webmail/index.xhtml"));
    driver.get(server.baseUri().resolve("/webmail/compose.xhtml").toString());
    await(d -> !d.findElements(By.id("compose:send-later-button")).isEmpty());
    ComposePage page = PageFactory.initElements(driver, ComposePage.class);
    ComposePage.add(page.to, bob);
    await(d -> !ComposePage.tokens(d, "to").isEmpty());
    page.subject.sendKeys(subject);
    page.editor.click();
    page.editor.sendKeys("Sent by the server that came back.");
    SendLaterPage later = PageFactory.initElements(driver, SendLaterPage.class);
    later.fill(at);
    later.button.click();
    await(d -> d.getCurrentUrl().contains("/webmail/scheduled.xhtml"));
    assertThat(driver.findElement(By.cssSelector("tr.scheduled-item .subject")).getText())
        .isEqualTo(subject);
  }

  private void await(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
  }

  private List<String> subjects(String address) {
    return new Mailbox(server, address)
        .messages("INBOX").stream().map((JsonObject m) -> m.getString("subject")).toList();
  }
}
