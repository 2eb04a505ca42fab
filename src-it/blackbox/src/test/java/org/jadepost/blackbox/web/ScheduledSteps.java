package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the scheduled-send tests do as a user: write a message, pick a time some seconds ahead in a
 * zone and press "send later"; and what they check through the REST API: the subjects in a folder,
 * before and after the chosen time.
 */
abstract class ScheduledSteps extends WebIT {

  /** The longest a due message may take to arrive: timer rounds, submission and local delivery. */
  protected static final Duration ARRIVAL = Duration.ofSeconds(60);

  /** A sender and a recipient in one new domain; the sender is signed in. */
  protected record Pair(String sender, String recipient) {}

  /** Creates a domain named after {@code label} with {@code from} and {@code to}; signs in from. */
  protected Pair pair(String label, String from, String fromName, String to, String toName) {
    String domain = provisioning.createDomain(label);
    Pair pair =
        new Pair(
            provisioning.createUser(domain, from, fromName),
            provisioning.createUser(domain, to, toName));
    signIn(pair.sender(), Provisioning.PASSWORD);
    return pair;
  }

  /** Opens the compose screen and writes a message to {@code to}. */
  protected void write(String to, String subject, String text) {
    ComposePage page = open("/webmail/compose.xhtml", ComposePage.class);
    ComposePage.add(page.to, to);
    page.subject.sendKeys(subject);
    page.editor.click();
    page.editor.sendKeys(text);
  }

  /** The wall-clock time {@code seconds} from now in {@code zone}, to whole seconds. */
  protected static ZonedDateTime ahead(long seconds, String zone) {
    return ZonedDateTime.now(ZoneId.of(zone)).plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
  }

  /** {@code at} as the list of scheduled mail shows it: wall-clock time and zone. */
  protected static String shown(ZonedDateTime at) {
    return at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
        + " ("
        + at.getZone()
        + ")";
  }

  /** Fills in "send later" with {@code at} and presses the button; a new page loads on success. */
  protected void sendLater(ZonedDateTime at, boolean expectSuccess) {
    SendLaterPage later = on(SendLaterPage.class);
    later.fill(at);
    if (expectSuccess) {
      guardHttp(later.button::click);
    } else {
      guardAjax(later.button::click);
    }
  }

  /** The text of the page's messages. */
  protected String messagesText() {
    return driver().findElement(By.id("messages")).getText();
  }

  /** The subjects in folder {@code use} of {@code address}, newest first. */
  protected List<String> subjects(String address, String use) {
    return new Mailbox(server, address)
        .messages(use).stream().map((JsonObject m) -> m.getString("subject")).toList();
  }

  /** Waits until {@code subject} is in folder {@code use} of {@code address}; returns when seen. */
  protected Instant awaitSubject(String address, String use, String subject) {
    new WebDriverWait(driver(), ARRIVAL, Duration.ofSeconds(1))
        .until(d -> subjects(address, use).contains(subject));
    return Instant.now();
  }

  /** Sleeps until {@code instant}. */
  protected static void sleepUntil(Instant instant) {
    long millis = Duration.between(Instant.now(), instant).toMillis();
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Checks that {@code subject} is not in Inbox of {@code to} nor in Sent of {@code from}. */
  protected void assertNeverSent(String from, String to, String subject) {
    assertThat(subjects(to, "INBOX")).doesNotContain(subject);
    assertThat(subjects(from, "SENT")).doesNotContain(subject);
  }
}
