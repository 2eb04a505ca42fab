package org.jadepost.blackbox.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.web.OrganisePages.day;
import static org.jadepost.blackbox.web.OrganisePages.texts;

import jakarta.json.JsonObject;
import java.util.Locale;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;

/**
 * The restore, cleanup and settings pages in English (FEATURES K1, K3, D4, L1, L2): a user cleans
 * up mail to Deleted, empties Deleted, restores a message into a folder, and changes settings.
 */
class OrganisePagesIT extends WebIT {

  @Test
  void userShouldCleanUpEmptyAndRestoreMail() {
    String alice = provisioning.createUser(provisioning.createDomain("org-en"), "alice", "Alice");
    for (String subject : new String[] {"Old offer", "Old invoice", "Lunch"}) {
      String mail = ("From: partner@sender.example\r\nSubject: " + subject + "\r\n\r\nx\r\n");
      MxSender.deliver(server, alice, mail.getBytes(UTF_8));
    }
    signIn(alice, Provisioning.PASSWORD);

    guardHttp(on(OrganisePages.class).navCleanup::click);
    OrganisePages page = on(OrganisePages.class);
    assertThat(page.title.getText()).isEqualTo("Clean up the mailbox");
    assertThat(page.hint.getText()).contains("up to 200 messages");
    page.cleanupFolders.stream()
        .filter(l -> l.getText().equals("Inbox"))
        .findFirst()
        .orElseThrow()
        .click();
    page.cleanupSubject.sendKeys("old");
    guardAjax(page.scan::click);
    page = on(OrganisePages.class);
    assertThat(page.messages.getText()).contains("2 messages found.");
    assertThat(texts(page.results)).containsExactlyInAnyOrder("Old offer", "Old invoice");
    assertThat(texts(page.resultFolders)).containsExactly("Inbox", "Inbox");
    assertThat(texts(page.resultDates))
        .as("dates as the mail list shows them, not ISO strings")
        .allSatisfy(d -> assertThat(d).startsWith(day(0, Locale.ENGLISH)).endsWith("M"));
    assertThat(texts(page.resultSizes)).allSatisfy(s -> assertThat(s).matches("\\d+ (B|KB)"));
    guardAjax(page.resultChecks.get(1)::click);
    guardAjax(on(OrganisePages.class).resultChecks.get(2)::click);
    guardAjax(on(OrganisePages.class).deleteSelected::click);
    page = on(OrganisePages.class);
    assertThat(page.messages.getText()).contains("2 messages moved to Deleted.");
    assertThat(new Mailbox(server, alice).folder("TRASH").getInt("messageCount")).isEqualTo(2);

    guardHttp(page.navRestore::click);
    page = on(OrganisePages.class);
    assertThat(page.deletedCount.getText()).isEqualTo("Deleted holds 2 messages.");
    guardAjax(page.emptyDeleted::click);
    page = on(OrganisePages.class);
    assertThat(page.messages.getText()).contains("2 messages emptied");
    assertThat(texts(page.restorable)).containsExactlyInAnyOrder("Old offer", "Old invoice");
    assertThat(texts(page.deletedAt))
        .allSatisfy(d -> assertThat(d).startsWith(day(0, Locale.ENGLISH)));
    assertThat(texts(page.restorableUntil))
        .allSatisfy(d -> assertThat(d).startsWith(day(14, Locale.ENGLISH)));
    int offer = texts(page.restorable).indexOf("Old offer");
    guardAjax(page.restoreChecks.get(offer + 1)::click);
    choose(on(OrganisePages.class).target, "Done");
    guardAjax(on(OrganisePages.class).restore::click);
    page = on(OrganisePages.class);
    assertThat(page.messages.getText()).contains("1 messages restored.");
    assertThat(texts(page.restorable)).containsExactly("Old invoice");
    assertThat(new Mailbox(server, alice).messages("DONE"))
        .singleElement()
        .satisfies(m -> assertThat(m.getString("subject")).isEqualTo("Old offer"));
  }

  @Test
  void userShouldChangeSettingsAndFindThemStored() {
    String bob = provisioning.createUser(provisioning.createDomain("set-en"), "bob", "Bob");
    signIn(bob, Provisioning.PASSWORD);
    guardHttp(on(OrganisePages.class).navSettings::click);
    OrganisePages page = on(OrganisePages.class);
    assertThat(page.title.getText()).isEqualTo("Settings");

    choose(page.pageSize, "50");
    choose(page.prefix, "回复: / 转发:");
    page.replyTo.sendKeys("desk@example.com");
    guardHttp(page.save::click);

    page = on(OrganisePages.class);
    assertThat(page.messages.getText()).contains("Settings saved.");
    JsonObject stored =
        ApiClient.as(server.baseUri(), bob, Provisioning.PASSWORD)
            .get("/api/v1/mailbox/preferences")
            .json();
    assertThat(stored.getInt("pageSize")).isEqualTo(50);
    assertThat(stored.getString("prefixStyle")).isEqualTo("ZH");
    assertThat(stored.getString("replyTo")).isEqualTo("desk@example.com");

    page.replyTo.clear();
    retype(page.replyTo, "nobody");
    guardHttp(page.save::click);
    assertThat(on(OrganisePages.class).messages.getText())
        .contains("nobody is not a valid reply-to address.");
  }
}
