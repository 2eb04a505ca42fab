package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Scheduled send in English (C4): a message waits in the list until its time and then arrives; a
 * cancelled one never leaves; one taken back to edit leaves once, as edited; a past time is
 * refused.
 */
class ScheduledSendIT extends ScheduledSteps {

  @Test
  void scheduledMailShouldWaitInTheListAndArriveWhenDue() {
    Pair users = pair("sched-en", "alice", "Alice", "bob", "Bob");
    String alice = users.sender();
    String bob = users.recipient();
    write(bob, "Quarterly figures", "The figures follow on Monday.");
    assertThat(on(SendLaterPage.class).legend.getText()).isEqualTo("Send later");
    ZonedDateTime at = ahead(20, "UTC");

    sendLater(at, true);

    assertThat(currentPath()).isEqualTo("/webmail/scheduled.xhtml");
    assertThat(messagesText()).contains("Your message will be sent at");
    WebElement row = on(ScheduledPage.class).row("Quarterly figures");
    assertThat(ScheduledPage.cell(row, "recipients")).isEqualTo(bob);
    assertThat(ScheduledPage.cell(row, "when")).isEqualTo(shown(at));
    sleepUntil(at.toInstant().minusSeconds(3));
    assertThat(subjects(bob, "INBOX")).doesNotContain("Quarterly figures");
    Instant seen = awaitSubject(bob, "INBOX", "Quarterly figures");
    assertThat(seen).isAfterOrEqualTo(at.toInstant());
    Matcher date =
        Pattern.compile("(?m)^Date: (.+)\r?$").matcher(new Mailbox(server, bob).newestRaw("INBOX"));
    assertThat(date.find()).isTrue();
    assertThat(
            ZonedDateTime.parse(date.group(1).strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant())
        .as("dated when it left")
        .isAfterOrEqualTo(at.toInstant());
    assertThat(subjects(alice, "SENT")).contains("Quarterly figures");
    ScheduledPage list = open("/webmail/scheduled.xhtml", ScheduledPage.class);
    assertThat(list.rows).isEmpty();
    assertThat(list.none)
        .singleElement()
        .extracting(WebElement::getText)
        .isEqualTo("No mail is waiting to be sent.");
  }

  @Test
  void cancelledMailShouldNeverLeave() {
    Pair users = pair("sched-cx", "alice", "Alice", "bob", "Bob");
    String alice = users.sender();
    String bob = users.recipient();
    write(bob, "Offer to withdraw", "This offer should never go out.");
    ZonedDateTime at = ahead(15, "UTC");
    sendLater(at, true);

    guardAjax(ScheduledPage.cancel(on(ScheduledPage.class).row("Offer to withdraw"))::click);

    assertThat(messagesText()).contains("The scheduled message was cancelled");
    assertThat(on(ScheduledPage.class).rows).isEmpty();
    // Past its time by more than two rounds of the sender.
    sleepUntil(at.toInstant().plusSeconds(15));
    assertNeverSent(alice, bob, "Offer to withdraw");
  }

  @Test
  void editedMailShouldGoBackToDraftsAndLeaveOnceAsEdited() {
    Pair users = pair("sched-ed", "alice", "Alice", "bob", "Bob");
    String alice = users.sender();
    String bob = users.recipient();
    write(bob, "Price list", "Prices for 2027.");
    sendLater(ahead(25, "UTC"), true);

    guardHttp(ScheduledPage.edit(on(ScheduledPage.class).row("Price list"))::click);

    assertThat(currentPath()).isEqualTo("/webmail/compose.xhtml");
    ComposePage page = on(ComposePage.class);
    assertThat(ComposePage.tokens(driver(), "to")).containsExactly(bob);
    assertThat(page.subject.getDomProperty("value")).isEqualTo("Price list");
    assertThat(page.editor.getText()).isEqualTo("Prices for 2027.");
    assertThat(subjects(alice, "DRAFTS")).containsExactly("Price list");
    page.subject.sendKeys(" (revised)");
    ZonedDateTime at = ahead(10, "UTC");
    sendLater(at, true);
    assertThat(on(ScheduledPage.class).rows).hasSize(1);
    assertThat(subjects(alice, "DRAFTS")).isEmpty();

    awaitSubject(bob, "INBOX", "Price list (revised)");
    sleepUntil(at.toInstant().plusSeconds(25));
    assertThat(subjects(bob, "INBOX")).containsExactly("Price list (revised)");
  }

  @Test
  void pastTimeShouldBeRefusedAndNothingScheduled() {
    String domain = provisioning.createDomain("sched-past");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    signIn(alice, Provisioning.PASSWORD);
    write("buyer@partner.example", "Too late", "Yesterday's news.");

    sendLater(ahead(-3600, "UTC"), false);

    assertThat(messagesText()).contains("has already passed. Choose a time in the future.");
    assertThat(currentPath()).isEqualTo("/webmail/compose.xhtml");
    assertThat(open("/webmail/scheduled.xhtml", ScheduledPage.class).rows).isEmpty();
  }
}
