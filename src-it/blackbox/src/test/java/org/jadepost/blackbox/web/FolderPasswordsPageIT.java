package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.web.OrganisePages.texts;

import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/**
 * Folder passwords in English (FEATURES N1): the user protects the Inbox, a wrong password keeps it
 * closed, the right one opens it in the mail screen, and both attempts are in the log.
 */
class FolderPasswordsPageIT extends WebIT {

  @Test
  void protectedInboxShouldOpenOnlyWithItsPasswordAndLogAttempts() {
    String alice = provisioning.createUser(provisioning.createDomain("lock-en"), "alice", "Alice");
    long inbox = new Mailbox(server, alice).folder("INBOX").getJsonNumber("id").longValue();
    signIn(alice, Provisioning.PASSWORD);
    guardHttp(on(FolderPasswordsPage.class).nav::click);
    FolderPasswordsPage page = on(FolderPasswordsPage.class);
    assertThat(page.title.getText()).isEqualTo("Folder passwords");
    assertThat(texts(page.scopeNames))
        .containsExactly(
            "Inbox", "Drafts", "Sent", "Deleted", "Spam", "My folders", "Other mailboxes");

    choose(page.scope, "Inbox");
    page.password.sendKeys("open-sesame");
    guardAjax(page.save::click);
    page = on(FolderPasswordsPage.class);
    assertThat(page.messages.getText()).contains("Folder password saved.");
    assertThat(page.scopeStates.get(0).getText()).isEqualTo("Password set");
    assertThat(page.scopeStates.get(1).getText()).isEqualTo("Open");

    open("/webmail/index.xhtml", FolderPasswordsPage.class);
    assertThat(currentPath())
        .as("the mail screen asks for the Inbox's password before it shows the Inbox")
        .isEqualTo("/webmail/unlock.xhtml");
    page = open("/webmail/unlock.xhtml?folder=" + inbox, FolderPasswordsPage.class);
    page.unlockPassword.sendKeys("guess");
    guardHttp(page.open::click);
    assertThat(on(FolderPasswordsPage.class).messages.getText())
        .contains("Wrong password; the attempt has been logged.");
    assertThat(currentPath()).isEqualTo("/webmail/unlock.xhtml");
    page = on(FolderPasswordsPage.class);
    page.unlockPassword.sendKeys("open-sesame");
    guardHttp(page.open::click);
    assertThat(currentPath()).isEqualTo("/webmail/index.xhtml");

    guardHttp(on(FolderPasswordsPage.class).nav::click);
    assertThat(texts(on(FolderPasswordsPage.class).attemptResults))
        .containsExactly("Right password", "Wrong password");
  }
}
