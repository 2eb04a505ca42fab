package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.LocalDate;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;

/**
 * Search on the English mail screen (D8): the box and the advanced panel with each criterion, in
 * the open folder or across all folders with a folder column, a hit opened in the reading pane,
 * back to the folder; and mail of a password-protected folder (N1) kept out of the hits, and its
 * reading URLs answering 404, until the folder is unlocked.
 */
class MailScreenSearchIT extends MailScreenSteps {

  private static final String DATE = "Fri, 27 Nov 2026 09:00:00 +0000";

  @Test
  void advancedSearchShouldNarrowByEachCriterionInTheFolderOrAcrossFolders() {
    String ann = provisioning.createUser(provisioning.createDomain("find-en"), "ann", "Ann");
    ApiClient.as(server.baseUri(), ann, Provisioning.PASSWORD)
        .post(
            "/api/v1/mailbox/tags",
            Json.createObjectBuilder().add("name", "Urgent").add("colour", "#d9480f").build());
    // Days as seen around the deliveries: a run over midnight spans two.
    LocalDate firstDay = LocalDate.now();
    MxSender.deliver(server, ann, TestMails.text(ann, "Budget plan", "Numbers for 2027.", DATE));
    MxSender.deliver(
        server,
        ann,
        mail("Bob Stone <bob@other.example>", "Team <team@other.example>", "Budget review", "Hi"));
    MxSender.deliver(
        server, ann, TestMails.withAttachment(ann, "Contract", "offer-letter.bin", new byte[] {7}));
    signIn(ann, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);
    mail.pick("Budget review");
    guardAjax(mail.spam::click);
    mail = on(MailPage.class);
    choose(mail.tagMenu, "Urgent");
    mail.pick("Contract");
    guardAjax(mail.tagAdd::click);

    mail = on(MailPage.class);
    mail.query.sendKeys("budget");
    guardAjax(mail.search::click);
    mail = on(MailPage.class);
    assertThat(mail.subjects()).as("the open folder only").containsExactly("Budget plan");
    assertThat(mail.folderHeader).isEmpty();

    mail = advancedSearch(p -> choose(p.searchScope, "All folders"));
    assertThat(mail.messages.getText()).contains("2 messages found in all folders.");
    assertThat(mail.subjects()).containsExactlyInAnyOrder("Budget plan", "Budget review");
    assertThat(mail.folderHeader).singleElement().extracting(e -> e.getText()).isEqualTo("Folder");
    assertThat(mail.folderColumn().get(mail.subjects().indexOf("Budget review"))).isEqualTo("Spam");
    assertThat(mail.folderColumn().get(mail.subjects().indexOf("Budget plan"))).isEqualTo("Inbox");
    guardAjax(mail.open("Budget review")::click);
    assertThat(on(MailPage.class).readSubject.getText()).isEqualTo("Budget review");
    assertThat(on(MailPage.class).readFrom.getText()).contains("bob@other.example");

    mail = clearSearch();
    assertThat(mail.subjects()).containsExactlyInAnyOrder("Budget plan", "Contract");
    assertThat(mail.query.getDomProperty("value")).isEmpty();

    assertThat(
            advancedSearch(
                    p -> {
                      p.searchFrom.sendKeys("bob");
                      choose(p.searchScope, "All folders");
                    })
                .subjects())
        .as("sender")
        .containsExactly("Budget review");
    clearSearch();
    assertThat(
            advancedSearch(
                    p -> {
                      p.searchTo.sendKeys("team");
                      choose(p.searchScope, "Spam");
                    })
                .subjects())
        .as("recipient, in a chosen folder")
        .containsExactly("Budget review");
    clearSearch();
    assertThat(advancedSearch(p -> p.searchSubject.sendKeys("plan")).subjects())
        .as("subject")
        .containsExactly("Budget plan");
    clearSearch();
    assertThat(advancedSearch(p -> p.searchAttachment.sendKeys("offer")).subjects())
        .as("attachment name")
        .containsExactly("Contract");
    clearSearch();
    assertThat(advancedSearch(p -> choose(p.searchTag, "Urgent")).subjects())
        .as("tag")
        .containsExactly("Contract");
    clearSearch();
    LocalDate lastDay = LocalDate.now();
    String tomorrow = lastDay.plusDays(1).toString();
    mail = advancedSearch(p -> typeDate(p.searchAfter, tomorrow));
    assertThat(mail.subjects()).as("received from tomorrow on").isEmpty();
    assertThat(mail.messages.getText()).contains("0 messages found in this folder.");
    clearSearch();
    assertThat(
            advancedSearch(
                    p -> {
                      typeDate(p.searchAfter, firstDay.toString());
                      typeDate(p.searchBefore, lastDay.toString());
                      choose(p.searchScope, "All folders");
                    })
                .subjects())
        .as("received today, both ends of the range included")
        .containsExactlyInAnyOrder("Budget plan", "Budget review", "Contract");
  }

  @Test
  void aHitDroppedOnAFolderShouldLeaveTheFolderItIsInNotTheOneOpen() {
    String cal = provisioning.createUser(provisioning.createDomain("dropfind-en"), "cal", "Cal");
    MxSender.deliver(server, cal, TestMails.text(cal, "Invoice April", "x", DATE));
    MxSender.deliver(server, cal, TestMails.text(cal, "Invoice May", "x", DATE));
    signIn(cal, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);
    mail.pick("Invoice May");
    guardAjax(mail.spam::click);

    open("/webmail/index.xhtml", MailPage.class).query.sendKeys("invoice");
    mail = advancedSearch(p -> choose(p.searchScope, "All folders"));
    assertThat(mail.subjects()).containsExactlyInAnyOrder("Invoice April", "Invoice May");
    // Inbox is open; the dragged hit is in Spam.
    drag(mail.row("Invoice May"), MailPage.folder(driver(), "todo"));
    mail = on(MailPage.class);
    assertThat(mail.messages.getText()).contains("Moved: 1.");
    assertThat(mail.folderColumn().get(mail.subjects().indexOf("Invoice May"))).isEqualTo("To-do");

    Mailbox mailbox = new Mailbox(server, cal);
    assertThat(mailbox.messages("JUNK")).isEmpty();
    assertThat(mailbox.messages("TODO"))
        .extracting(m -> m.getString("subject"))
        .containsExactly("Invoice May");
    assertThat(mailbox.messages("INBOX"))
        .extracting(m -> m.getString("subject"))
        .containsExactly("Invoice April");
  }

  @Test
  void mailOfALockedFolderShouldStayOutOfTheHitsUntilTheFolderIsUnlocked() {
    String bea = provisioning.createUser(provisioning.createDomain("lockfind-en"), "bea", "Bea");
    MxSender.deliver(server, bea, TestMails.text(bea, "Secret plan", "x", DATE));
    MxSender.deliver(server, bea, TestMails.text(bea, "Open plan", "x", DATE));
    long spam = new Mailbox(server, bea).folder("JUNK").getJsonNumber("id").longValue();
    signIn(bea, Provisioning.PASSWORD);
    spamAndLock("Secret plan", "Spam", "hidden-away");
    assertThat(on(FolderPasswordsPage.class).messages.getText()).contains("Folder password saved.");

    open("/webmail/index.xhtml", MailPage.class).query.sendKeys("plan");
    MailPage mail = advancedSearch(p -> choose(p.searchScope, "All folders"));
    assertThat(mail.subjects()).containsExactly("Open plan");
    assertThat(mail.messages.getText())
        .contains("1 messages in password-protected folders are not shown.");

    String source = "/webmail/source?f=" + spam + "&u=1";
    assertThat(BrowserHttp.get(driver(), server.baseUri().resolve(source)).statusCode())
        .as("the locked message's source by its address")
        .isEqualTo(404);

    FolderPasswordsPage unlock =
        open("/webmail/unlock.xhtml?folder=" + spam, FolderPasswordsPage.class);
    unlock.unlockPassword.sendKeys("hidden-away");
    guardHttp(unlock.open::click);
    on(MailPage.class).query.sendKeys("plan");
    mail = advancedSearch(p -> choose(p.searchScope, "All folders"));
    assertThat(mail.subjects()).containsExactlyInAnyOrder("Open plan", "Secret plan");
    guardAjax(mail.open("Secret plan")::click);
    assertThat(on(MailPage.class).readSubject.getText()).isEqualTo("Secret plan");
    assertThat(on(MailPage.class).messages.getText()).doesNotContain("password-protected");
    assertThat(BrowserHttp.get(driver(), server.baseUri().resolve(source)).statusCode())
        .isEqualTo(200);
  }
}
