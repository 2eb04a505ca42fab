package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Tags and drag and drop on the English mail screen: the user's tags in the tree, every message of
 * a tag listed across folders with a folder column and acted on there (D7 "list by tag"), tag chips
 * in their colour on rows and in the reading pane; and a row dragged onto a folder of the tree
 * moves there.
 */
class MailScreenTagsIT extends MailScreenSteps {

  private static final String DATE = "Fri, 27 Nov 2026 09:00:00 +0000";

  @Test
  void aTagInTheTreeShouldListItsMessagesAcrossFoldersWithChipsInItsColour() {
    String cid = provisioning.createUser(provisioning.createDomain("tagtree-en"), "cid", "Cid");
    ApiClient api = ApiClient.as(server.baseUri(), cid, Provisioning.PASSWORD);
    for (String[] tag :
        List.of(new String[] {"Urgent", "#d9480f"}, new String[] {"Later", "#1c7ed6"})) {
      api.post(
          "/api/v1/mailbox/tags",
          Json.createObjectBuilder().add("name", tag[0]).add("colour", tag[1]).build());
    }
    for (String subject : List.of("Quote", "Invoice", "Other")) {
      MxSender.deliver(server, cid, TestMails.text(cid, subject, "body", DATE));
    }
    signIn(cid, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);
    assertThat(driver().findElements(By.cssSelector("li.tag .tag-name")))
        .extracting(WebElement::getText)
        .containsExactly("Urgent", "Later");

    choose(mail.tagMenu, "Urgent");
    mail.pick("Quote");
    mail.pick("Invoice");
    guardAjax(mail.tagAdd::click);
    mail = on(MailPage.class);
    assertThat(mail.chips("Quote")).containsExactly("Urgent");
    assertThat(mail.chips("Other")).isEmpty();
    WebElement chip = mail.row("Quote").findElement(By.cssSelector(".mail-tag"));
    assertThat(chip.getCssValue("color")).isEqualTo("rgba(217, 72, 15, 1)");
    assertThat(MailPage.tag(driver(), "Urgent").getText()).isEqualTo("Urgent (2)");
    mail.pick("Invoice");
    guardAjax(mail.spam::click);

    guardAjax(MailPage.tag(driver(), "Urgent")::click);
    mail = on(MailPage.class);
    assertThat(mail.subjects()).containsExactlyInAnyOrder("Quote", "Invoice");
    assertThat(mail.folderColumn().get(mail.subjects().indexOf("Invoice"))).isEqualTo("Spam");
    assertThat(mail.folderColumn().get(mail.subjects().indexOf("Quote"))).isEqualTo("Inbox");
    assertThat(mail.listedTag)
        .singleElement()
        .extracting(WebElement::getText)
        .isEqualTo("Showing tag: Urgent");
    assertThat(driver().findElement(By.cssSelector("li.tag.current")).getText())
        .startsWith("Urgent");

    guardAjax(mail.open("Invoice")::click);
    mail = on(MailPage.class);
    assertThat(mail.readSubject.getText()).isEqualTo("Invoice");
    assertThat(mail.readTags).extracting(WebElement::getText).containsExactly("Urgent");

    mail.pick("Quote");
    mail.pick("Invoice");
    guardAjax(mail.flag::click);
    mail = on(MailPage.class);
    assertThat(mail.messages.getText()).contains("Flagged: 2.");
    assertThat(mail.subjects())
        .as("still the tag's list")
        .containsExactlyInAnyOrder("Quote", "Invoice");
    Mailbox store = new Mailbox(server, cid);
    assertThat(flags(store.messages("INBOX"), "Quote")).contains("FLAGGED");
    assertThat(flags(store.messages("JUNK"), "Invoice")).contains("FLAGGED");

    mail = clearSearch();
    assertThat(mail.subjects()).containsExactlyInAnyOrder("Quote", "Other");
    assertThat(mail.folderHeader).isEmpty();
  }

  @Test
  void aRowDraggedOntoAFolderShouldMoveThere() {
    String dee = provisioning.createUser(provisioning.createDomain("drag-en"), "dee", "Dee");
    MxSender.deliver(server, dee, TestMails.text(dee, "Drag me", "x", DATE));
    MxSender.deliver(server, dee, TestMails.text(dee, "Stay", "x", DATE));
    signIn(dee, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);

    drag(mail.row("Drag me"), MailPage.folder(driver(), "todo"));

    mail = on(MailPage.class);
    assertThat(mail.messages.getText()).contains("Moved: 1.");
    assertThat(mail.subjects()).containsExactly("Stay");
    assertThat(MailPage.folderText(driver(), "todo")).isEqualTo("To-do (1)");
    assertThat(new Mailbox(server, dee).messages("TODO"))
        .extracting(m -> m.getString("subject"))
        .containsExactly("Drag me");
  }

  private static List<String> flags(List<JsonObject> messages, String subject) {
    return messages.stream()
        .filter(m -> subject.equals(m.getString("subject")))
        .findFirst()
        .map(m -> m.getJsonArray("flags").getValuesAs(jakarta.json.JsonString.class))
        .orElseThrow()
        .stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
