package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.ExternalClient;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The English mail screen: delivered mail listed and paged, read in the reading pane (marked read
 * for IMAP too), attachments downloaded with Range, list actions through the store, new mail pushed
 * without reload, the compact phone layout, and no way into another user's messages.
 */
class MailScreenIT extends WebIT {

  private static final String DATE = "Fri, 27 Nov 2026 09:00:00 -0500";

  @Test
  void openingMailShouldShowHeadersSenderTimeAndAttachmentAndMarkItReadForImap() {
    String alice = provisioning.createUser(provisioning.createDomain("read-en"), "alice", "Alice");
    byte[] attachment = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
    MxSender.deliver(
        server, alice, TestMails.withAttachment(alice, "Contract", "deal.bin", attachment));
    signIn(alice, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);
    assertThat(MailPage.folderText(driver(), "inbox")).isEqualTo("Inbox (1)");
    assertThat(mail.row("Contract").getDomAttribute("class")).contains("unread");

    guardAjax(mail.open("Contract")::click);

    assertThat(mail.readSubject.getText()).isEqualTo("Contract");
    assertThat(mail.readFrom.getText()).isEqualTo(TestMails.FROM);
    assertThat(mail.readTo.getText()).isEqualTo(alice);
    assertThat(mail.senderTime)
        .singleElement()
        .extracting(WebElement::getText)
        .asString()
        .contains("sender's local time")
        .contains("UTC-05:00");
    assertThat(mail.attachments)
        .singleElement()
        .extracting(WebElement::getText)
        .asString()
        .contains("deal.bin")
        .contains("20 B");
    assertThat(mail.textBody)
        .singleElement()
        .extracting(WebElement::getText)
        .isEqualTo("See the attachment.");
    assertThat(MailPage.folderText(driver(), "inbox")).isEqualTo("Inbox");
    assertThat(mail.row("Contract").getDomAttribute("class"))
        .contains("read")
        .doesNotContain("unread");
    assertThat(imap(alice, "UID FETCH 1 (FLAGS)")).contains("\\Seen");

    String href = mail.attachments.get(0).findElement(By.tagName("a")).getDomProperty("href");
    HttpResponse<byte[]> whole = BrowserHttp.get(driver(), URI.create(href));
    HttpResponse<byte[]> part = BrowserHttp.get(driver(), URI.create(href), "Range", "bytes=10-14");
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.body()).isEqualTo(attachment);
    assertThat(whole.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(new String(part.body(), StandardCharsets.US_ASCII)).isEqualTo("abcde");
    assertThat(part.headers().firstValue("Content-Range")).contains("bytes 10-14/20");
  }

  @Test
  void listShouldPageTwentyAtATimeNewestFirstAndSortBySubjectBothWays() {
    String bob = provisioning.createUser(provisioning.createDomain("page-en"), "bob", "Bob");
    for (int i = 1; i <= 23; i++) {
      String date = "Fri, 27 Nov 2026 09:%02d:00 +0000".formatted(i);
      MxSender.deliver(
          server, bob, TestMails.text(bob, "Mail %02d".formatted(i), "body " + i, date));
    }
    MxSender.deliver(
        server, bob, TestMails.crlf("From: x@sender.example\nTo: " + bob + "\n\nno subject\n"));
    signIn(bob, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);

    assertThat(mail.subjects())
        .hasSize(20)
        .startsWith("(no subject)", "Mail 23")
        .endsWith("Mail 05");
    assertThat(mail.pageReport.getText()).isEqualTo("1-20 / 24");
    guardAjax(mail.nextPage::click);
    assertThat(on(MailPage.class).subjects())
        .containsExactly("Mail 04", "Mail 03", "Mail 02", "Mail 01");
    guardAjax(on(MailPage.class).previousPage::click);
    assertThat(on(MailPage.class).subjects()).hasSize(20).startsWith("(no subject)", "Mail 23");

    guardAjax(on(MailPage.class).subjectHeader::click);
    assertThat(on(MailPage.class).subjects())
        .hasSize(20)
        .startsWith("(no subject)", "Mail 01", "Mail 02")
        .endsWith("Mail 19");
    guardAjax(on(MailPage.class).nextPage::click);
    assertThat(on(MailPage.class).subjects())
        .containsExactly("Mail 20", "Mail 21", "Mail 22", "Mail 23");

    guardAjax(on(MailPage.class).subjectHeader::click);
    assertThat(on(MailPage.class).subjects()).hasSize(20).startsWith("Mail 23", "Mail 22");
    guardAjax(on(MailPage.class).nextPage::click);
    assertThat(on(MailPage.class).subjects())
        .containsExactly("Mail 03", "Mail 02", "Mail 01", "(no subject)");
  }

  @Test
  void listShouldFollowTheUsersPageSizeAndSizeColumnSettings() {
    String carol = provisioning.createUser(provisioning.createDomain("prefs-en"), "carol", "Carol");
    for (int i = 1; i <= 12; i++) {
      String date = "Fri, 27 Nov 2026 09:%02d:00 +0000".formatted(i);
      MxSender.deliver(
          server, carol, TestMails.text(carol, "Mail %02d".formatted(i), "body " + i, date));
    }
    signIn(carol, Provisioning.PASSWORD);
    assertThat(on(MailPage.class).subjects()).as("20 a page by default").hasSize(12);
    assertThat(driver().findElements(By.cssSelector("#mail\\:list th.size"))).hasSize(1);

    ApiClient api = ApiClient.as(server.baseUri(), carol, Provisioning.PASSWORD);
    assertThat(
            api.put(
                    "/api/v1/mailbox/preferences",
                    Json.createObjectBuilder()
                        .add("pageSize", 10)
                        .add("showSizeColumn", false)
                        .build())
                .status())
        .isEqualTo(200);
    MailPage mail = open("/webmail/index.xhtml", MailPage.class);

    assertThat(mail.subjects()).hasSize(10).startsWith("Mail 12").endsWith("Mail 03");
    assertThat(mail.pageReport.getText()).isEqualTo("1-10 / 12");
    assertThat(driver().findElements(By.cssSelector("#mail\\:list th.size"))).isEmpty();
  }

  @Test
  void aTagPickedInTheToolbarShouldGoOnAndOffTheTickedMessages() {
    String dave = provisioning.createUser(provisioning.createDomain("tag-en"), "dave", "Dave");
    MxSender.deliver(server, dave, TestMails.text(dave, "Quote", "body", DATE));
    MxSender.deliver(server, dave, TestMails.text(dave, "Other", "body", DATE));
    ApiClient api = ApiClient.as(server.baseUri(), dave, Provisioning.PASSWORD);
    long tag =
        api.post(
                "/api/v1/mailbox/tags",
                Json.createObjectBuilder().add("name", "Urgent").add("colour", "#ff0000").build())
            .json()
            .getJsonNumber("id")
            .longValue();
    signIn(dave, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);

    guardAjax(mail.tagAdd::click);
    assertThat(on(MailPage.class).messages.getText()).contains("Choose a tag first.");
    mail = on(MailPage.class);
    choose(mail.tagMenu, "Urgent");
    mail.pick("Quote");
    guardAjax(mail.tagAdd::click);
    assertThat(on(MailPage.class).messages.getText()).contains("Tagged: 1.");
    assertThat(tagged(api, tag)).containsExactly("Quote");

    mail = on(MailPage.class);
    choose(mail.tagMenu, "Urgent");
    mail.pick("Quote");
    guardAjax(mail.tagRemove::click);
    assertThat(on(MailPage.class).messages.getText()).contains("Tag removed: 1.");
    assertThat(tagged(api, tag)).isEmpty();
  }

  private static List<String> tagged(ApiClient api, long tag) {
    return api.get("/api/v1/mailbox/tags/" + tag + "/messages").jsonArray().stream()
        .map(m -> m.asJsonObject().getJsonObject("message").getString("subject"))
        .toList();
  }

  @Test
  void actionsShouldFlagDeleteMoveToTodoAndSpamThroughTheStore() {
    String carol = provisioning.createUser(provisioning.createDomain("act-en"), "carol", "Carol");
    for (String subject : List.of("Keep", "Trash me", "Later", "Junk")) {
      MxSender.deliver(server, carol, TestMails.text(carol, subject, subject, DATE));
    }
    signIn(carol, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);

    mail.pick("Keep");
    guardAjax(mail.flag::click);
    mail = on(MailPage.class);
    assertThat(mail.messages.getText()).contains("Flagged: 1.");
    assertThat(mail.row("Keep").getDomAttribute("class")).contains("flagged");

    mail.pick("Trash me");
    guardAjax(mail.delete::click);
    mail.pick("Later");
    guardAjax(on(MailPage.class).todo::click);
    on(MailPage.class).pick("Junk");
    guardAjax(on(MailPage.class).spam::click);

    assertThat(on(MailPage.class).subjects()).containsExactly("Keep");
    Mailbox store = new Mailbox(server, carol);
    assertThat(subjects(store.messages("TRASH"))).containsExactly("Trash me");
    assertThat(subjects(store.messages("TODO"))).containsExactly("Later");
    assertThat(subjects(store.messages("JUNK"))).containsExactly("Junk");
    assertThat(imap(carol, "UID FETCH 1 (FLAGS)")).contains("\\Flagged");

    guardAjax(MailPage.folder(driver(), "deleted")::click);
    mail = on(MailPage.class);
    assertThat(mail.subjects()).containsExactly("Trash me");
    mail.pick("Trash me");
    guardAjax(mail.delete::click);
    assertThat(on(MailPage.class).subjects()).isEmpty();
    assertThat(store.messages("TRASH")).isEmpty();
  }

  @Test
  void selectAllInFolderShouldMarkEveryMessageReadAcrossPages() {
    String dan = provisioning.createUser(provisioning.createDomain("all-en"), "dan", "Dan");
    for (int i = 1; i <= 22; i++) {
      MxSender.deliver(server, dan, TestMails.text(dan, "Bulk " + i, "x", DATE));
    }
    signIn(dan, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);
    assertThat(MailPage.folderText(driver(), "inbox")).isEqualTo("Inbox (22)");

    guardAjax(mail.allInFolder::click);
    guardAjax(on(MailPage.class).markRead::click);

    assertThat(on(MailPage.class).messages.getText()).contains("Marked as read: 22.");
    assertThat(MailPage.folderText(driver(), "inbox")).isEqualTo("Inbox");
    assertThat(imap(dan, "UID SEARCH UNSEEN")).doesNotContainPattern("SEARCH \\d");
  }

  @Test
  void newMailShouldAppearWithoutReload() {
    String erin = provisioning.createUser(provisioning.createDomain("push-en"), "erin", "Erin");
    signIn(erin, Provisioning.PASSWORD);
    assertThat(on(MailPage.class).rows).isEmpty();
    ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("window.noReload = 42");

    MxSender.deliver(server, erin, TestMails.text(erin, "Pushed", "hello", DATE));

    waitUntil(d -> on(MailPage.class).rows.size() == 1);
    assertThat(on(MailPage.class).subjects()).containsExactly("Pushed");
    assertThat(MailPage.folderText(driver(), "inbox")).isEqualTo("Inbox (1)");
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("return window.noReload"))
        .isEqualTo(42L);
  }

  @Test
  void phoneSizedWindowShouldStackFoldersAboveTheList() {
    String fay = provisioning.createUser(provisioning.createDomain("phone-en"), "fay", "Fay");
    MxSender.deliver(server, fay, TestMails.text(fay, "Small screen", "hi", DATE));
    driver().manage().window().setSize(new Dimension(400, 800));
    signIn(fay, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);

    WebElement list = driver().findElement(By.id("mail:list"));
    assertThat(mail.folderTree.getRect().getY() + mail.folderTree.getRect().getHeight())
        .isLessThanOrEqualTo(list.getRect().getY());
    assertThat(list.getRect().getWidth()).isLessThanOrEqualTo(400);
    assertThat(mail.dateHeader.isDisplayed()).isFalse();
    guardAjax(mail.open("Small screen")::click);
    assertThat(on(MailPage.class).readSubject.getText()).isEqualTo("Small screen");
  }

  @Test
  void readingServletsShouldAnswer404ForAnotherUsersMessage() {
    String domain = provisioning.createDomain("iso-en");
    String victim = provisioning.createUser(domain, "victim", "Victim");
    String intruder = provisioning.createUser(provisioning.createDomain("iso2-en"), "eve", "Eve");
    MxSender.deliver(
        server, victim, TestMails.withAttachment(victim, "Secret", "s.bin", new byte[] {1, 2}));
    MxSender.deliver(server, intruder, TestMails.text(intruder, "Mine", "mine", DATE));
    long victimInbox = new Mailbox(server, victim).folder("INBOX").getJsonNumber("id").longValue();
    long ownInbox = new Mailbox(server, intruder).folder("INBOX").getJsonNumber("id").longValue();
    signIn(intruder, Provisioning.PASSWORD);

    for (String path : List.of("source", "body", "part", "cid")) {
      String query = "?f=" + victimInbox + "&u=1&p=1&cid=x";
      assertThat(
              BrowserHttp.get(driver(), server.baseUri().resolve("/webmail/" + path + query))
                  .statusCode())
          .as(path)
          .isEqualTo(404);
    }
    HttpResponse<byte[]> own =
        BrowserHttp.get(
            driver(), server.baseUri().resolve("/webmail/source?f=" + ownInbox + "&u=1"));
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(new String(own.body(), StandardCharsets.UTF_8)).contains("Subject: =?UTF-8?B?");
    assertThat(own.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
  }

  @Test
  void readReceiptShouldBeAskedOnceAndSentAsAnMdnToTheRequester() {
    String domain = provisioning.createDomain("mdn-en");
    String gina = provisioning.createUser(domain, "gina", "Gina");
    String hank = provisioning.createUser(domain, "hank", "Hank");
    MxSender.deliver(
        server, gina, askingReceipt(hank, TestMails.text(gina, "Please confirm", "x", DATE)));
    MxSender.deliver(
        server, gina, askingReceipt(hank, TestMails.text(gina, "No thanks", "y", DATE)));
    signIn(gina, Provisioning.PASSWORD);

    guardAjax(on(MailPage.class).open("Please confirm")::click);
    MailPage mail = on(MailPage.class);
    assertThat(mail.receiptBar)
        .singleElement()
        .extracting(WebElement::getText)
        .asString()
        .contains("The sender asks for a read receipt to " + hank);
    guardAjax(mail.sendReceipt::click);
    assertThat(on(MailPage.class).messages.getText())
        .contains("Read receipt sent to " + hank + ".");
    assertThat(on(MailPage.class).receiptBar).isEmpty();

    String mdn = new Mailbox(server, hank).newestRaw("INBOX");
    assertThat(mdn)
        .contains("Return-Path: <>")
        .contains("report-type=disposition-notification")
        .contains("Final-Recipient: rfc822;" + gina)
        .contains("Disposition: manual-action/MDN-sent-manually; displayed")
        .contains("with subject \"Please confirm\" was displayed at");
    guardAjax(on(MailPage.class).open("Please confirm")::click);
    assertThat(on(MailPage.class).receiptBar).isEmpty();

    guardAjax(on(MailPage.class).open("No thanks")::click);
    guardAjax(on(MailPage.class).declineReceipt::click);
    guardAjax(on(MailPage.class).open("No thanks")::click);
    assertThat(on(MailPage.class).receiptBar).isEmpty();
    assertThat(new Mailbox(server, hank).messages("INBOX")).hasSize(1);
    assertThat(imap(gina, "UID FETCH 1:2 (FLAGS)")).containsPattern("(?s)\\$MDNSent.*\\$MDNSent");
  }

  private static byte[] askingReceipt(String to, byte[] mail) {
    byte[] header =
        ("Disposition-Notification-To: " + to + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = java.util.Arrays.copyOf(header, header.length + mail.length);
    System.arraycopy(mail, 0, all, header.length, mail.length);
    return all;
  }

  private static List<String> subjects(List<JsonObject> messages) {
    return messages.stream().map(m -> m.getString("subject")).toList();
  }

  private String imap(String user, String command) {
    ExternalClient.Run run =
        ExternalClient.run(
            "",
            "curl",
            "--silent",
            "--show-error",
            "--insecure",
            "--ssl-reqd",
            "--url",
            "imap://127.0.0.1:" + server.ports().imap() + "/INBOX",
            "--user",
            user + ":" + Provisioning.PASSWORD,
            "--request",
            command);
    assertThat(run.exitCode()).as(run.output()).isZero();
    return run.output();
  }
}
