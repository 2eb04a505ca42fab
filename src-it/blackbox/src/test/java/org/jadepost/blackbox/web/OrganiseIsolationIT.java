package org.jadepost.blackbox.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.web.OrganisePages.texts;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Another user's ids in the organising pages give nothing: Bob cannot open Alice's protected Inbox
 * through the unlock page, even with her password, and his try is not in her log; a restore forged
 * with Alice's deleted-mail id restores nothing of hers.
 */
class OrganiseIsolationIT extends WebIT {

  @Test
  void unlockPageShouldNotOpenAnotherUsersFolder() {
    String alice = signInNewUser("iso-lock-a", "alice", "Alice");
    guardHttp(on(FolderPasswordsPage.class).nav::click);
    FolderPasswordsPage page = on(FolderPasswordsPage.class);
    choose(page.scope, "Inbox");
    page.password.sendKeys("alices-secret");
    guardAjax(page.save::click);
    long alicesInbox = new Mailbox(server, alice).folder("INBOX").getJsonNumber("id").longValue();
    forgetSession();

    signInNewUser("iso-lock-b", "bob", "Bob");
    page = open("/webmail/unlock.xhtml?folder=" + alicesInbox, FolderPasswordsPage.class);
    page.unlockPassword.sendKeys("alices-secret");
    guardHttp(page.open::click);
    assertThat(on(FolderPasswordsPage.class).messages.getText())
        .contains("There is no such folder.");
    assertThat(currentPath()).isEqualTo("/webmail/unlock.xhtml");

    forgetSession();
    signIn(alice, Provisioning.PASSWORD);
    guardHttp(on(FolderPasswordsPage.class).nav::click);
    assertThat(texts(on(FolderPasswordsPage.class).attemptResults))
        .as("Bob's try is no attempt on Alice's folder")
        .isEmpty();
  }

  @Test
  void forgedRestoreShouldNotRestoreAnotherUsersMail() {
    String alice = provisioning.createUser(provisioning.createDomain("iso-del-a"), "alice", "A");
    long alicesEntry = emptied(alice, "alice's secret");
    String bob = signInNewUser("iso-del-b", "bob", "Bob");
    emptied(bob, "bob's own");

    guardHttp(on(OrganisePages.class).navRestore::click);
    assertThat(texts(on(OrganisePages.class).restorable)).containsExactly("bob's own");
    ((JavascriptExecutor) driver())
        .executeScript(
            "arguments[0].value = arguments[1]",
            driver().findElement(By.id("restore:list_selection")),
            String.valueOf(alicesEntry));
    guardAjax(on(OrganisePages.class).restore::click);

    OrganisePages page = on(OrganisePages.class);
    assertThat(page.messages.getText()).contains("Choose the mail to restore first.");
    assertThat(texts(page.restorable)).containsExactly("bob's own");
    assertThat(new Mailbox(server, bob).messages("INBOX")).isEmpty();
    assertThat(subjects(ApiClient.as(server.baseUri(), alice, Provisioning.PASSWORD)))
        .containsExactly("alice's secret");
  }

  // Delivers a mail to {@code user}, moves it to Deleted and empties Deleted; its entry id.
  private long emptied(String user, String subject) {
    String mail = "From: partner@sender.example\r\nSubject: " + subject + "\r\n\r\nx\r\n";
    MxSender.deliver(server, user, mail.getBytes(UTF_8));
    ApiClient own = ApiClient.as(server.baseUri(), user, Provisioning.PASSWORD);
    long inbox = new Mailbox(server, user).folder("INBOX").getJsonNumber("id").longValue();
    JsonObject hit =
        own.post(
                "/api/v1/mailbox/cleanup/scan",
                Json.createObjectBuilder()
                    .add("folderIds", Json.createArrayBuilder().add(inbox))
                    .build())
            .jsonArray()
            .getJsonObject(0);
    String ref =
        "[{\"folderId\":" + inbox + ",\"uid\":" + hit.getJsonObject("message").get("uid") + "}]";
    assertThat(own.post("/api/v1/mailbox/cleanup/delete", ref).status()).isEqualTo(200);
    assertThat(own.post("/api/v1/mailbox/deleted/empty/TRASH", "").status()).isEqualTo(200);
    return own.get("/api/v1/mailbox/deleted")
        .jsonArray()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static List<String> subjects(ApiClient own) {
    return own.get("/api/v1/mailbox/deleted").jsonArray().getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("subject"))
        .toList();
  }
}
