package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.ExternalClient;
import org.junit.jupiter.api.Test;

/**
 * The folders page in English (FEATURES D6): a user creates a folder and a subfolder, renames and
 * moves them, meets the six-level limit, and deletes a folder; curl's IMAP LIST shows each change.
 */
class FoldersPageIT extends WebIT {

  @Test
  void userShouldCreateRenameMoveAndDeleteFolders() {
    String alice = provisioning.createUser(provisioning.createDomain("fold-en"), "alice", "Alice");
    signIn(alice, Provisioning.PASSWORD);
    guardHttp(on(FoldersPage.class).nav::click);
    FoldersPage page = on(FoldersPage.class);
    assertThat(page.title.getText()).isEqualTo("Manage folders");
    assertThat(page.limits.getText()).contains("300 folders", "6 levels");
    assertThat(page.names.stream().map(e -> e.getText())).contains("Inbox", "Deleted", "Spam");

    page.name.sendKeys("Clients");
    guardAjax(page.create::click);
    page = on(FoldersPage.class);
    assertThat(page.messages.getText()).contains("Folder Clients created.");
    page.name.sendKeys("Beijing");
    choose(page.parent, "Clients");
    guardAjax(page.create::click);
    page = on(FoldersPage.class);
    assertThat(page.paths()).contains("Clients", "Clients/Beijing");

    choose(page.folder, "Clients");
    retype(page.newName, "Customers");
    guardAjax(page.rename::click);
    page = on(FoldersPage.class);
    assertThat(page.paths()).contains("Customers", "Customers/Beijing").doesNotContain("Clients");

    choose(page.folder, "Customers/Beijing");
    choose(page.newParent, "Inbox");
    guardAjax(page.move::click);
    page = on(FoldersPage.class);
    assertThat(page.paths()).contains("INBOX/Beijing").doesNotContain("Customers/Beijing");
    assertThat(imapList(alice)).contains("\"Customers\"", "\"INBOX/Beijing\"");

    choose(page.folder, "Customers");
    guardAjax(page.delete::click);
    page = on(FoldersPage.class);
    assertThat(page.messages.getText()).contains("Folder Customers deleted");
    assertThat(page.paths()).doesNotContain("Customers");
    assertThat(imapList(alice)).contains("\"INBOX/Beijing\"").doesNotContain("Customers");
  }

  /** What curl's IMAP LIST (RFC 3501 §6.3.8) over implicit TLS shows {@code user}. */
  private String imapList(String user) {
    ExternalClient.Run list =
        ExternalClient.run(
            "",
            "curl",
            "--silent",
            "--show-error",
            "--insecure",
            "--ssl-reqd",
            "--url",
            "imaps://127.0.0.1:" + server.ports().imaps() + "/",
            "--user",
            user + ":" + Provisioning.PASSWORD);
    assertThat(list.exitCode()).as(list.output()).isZero();
    return list.output();
  }

  @Test
  void aSeventhLevelShouldBeRefusedWithAClearMessage() {
    String bob = provisioning.createUser(provisioning.createDomain("fold-deep"), "bob", "Bob");
    String path = FoldersPage.createSixLevels(server, bob);
    signIn(bob, Provisioning.PASSWORD);
    guardHttp(on(FoldersPage.class).nav::click);
    FoldersPage page = on(FoldersPage.class);

    page.name.sendKeys("g");
    choose(page.parent, path);
    guardAjax(page.create::click);

    page = on(FoldersPage.class);
    assertThat(page.messages.getText())
        .isEqualTo("Folders can be nested at most 6 levels deep; " + path + "/g would be deeper.");
    assertThat(page.paths()).doesNotContain(path + "/g");
  }
}
