package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.web.OrganisePages.texts;

import jakarta.json.JsonObject;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/**
 * Folder passwords are throttled like logins (FEATURES N1): the fifth wrong password locks the
 * folder for 15 minutes, during which even the right password is refused, and the log shows every
 * attempt and the lock.
 */
class FolderPasswordsThrottleIT extends WebIT {

  @Test
  void fifthWrongPasswordShouldLockTheFolderAndRefuseEvenTheRightOne() {
    String bob = signInNewUser("lock-throttle", "bob", "Bob");
    protectInbox("open-sesame");
    long inbox = new Mailbox(server, bob).folder("INBOX").getJsonNumber("id").longValue();

    open("/webmail/unlock.xhtml?folder=" + inbox, FolderPasswordsPage.class);
    for (int i = 1; i <= 4; i++) {
      assertThat(tryPassword("guess-" + i))
          .contains("Wrong password; the attempt has been logged.");
    }
    assertThat(tryPassword("guess-5"))
        .contains(
            "Too many wrong passwords for this folder: it accepts no password for 15 more"
                + " minute(s). The attempt has been logged.");
    assertThat(tryPassword("open-sesame"))
        .as("the right password is refused while the folder is locked")
        .contains("Too many wrong passwords for this folder");
    assertThat(currentPath()).isEqualTo("/webmail/unlock.xhtml");

    open("/webmail/index.xhtml", FolderPasswordsPage.class);
    assertThat(currentPath()).isEqualTo("/webmail/unlock.xhtml");
    guardHttp(on(FolderPasswordsPage.class).nav::click);
    assertThat(texts(on(FolderPasswordsPage.class).attemptResults))
        .containsExactly(
            "Refused, folder locked",
            "Wrong password, folder locked for 15 minutes",
            "Wrong password",
            "Wrong password",
            "Wrong password",
            "Wrong password");
    assertThat(adminsView(bob, bob.split("@")[1]))
        .as("the administrator of Bob's domain sees the attempts and the lock")
        .containsExactly("REFUSED", "LOCKED", "WRONG", "WRONG", "WRONG", "WRONG");
    String otherDomain = provisioning.createDomain("lock-other");
    assertThat(adminsView(bob, otherDomain)).as("another domain's administrator").isNull();
  }

  // The outcomes an administrator of {@code adminDomain} reads over REST; null when refused (403).
  private List<String> adminsView(String user, String adminDomain) {
    String admin = provisioning.createUser(adminDomain, "boss", "Boss", "DOMAIN_ADMIN");
    String[] parts = user.split("@");
    ApiResponse response =
        ApiClient.as(server.baseUri(), admin, Provisioning.PASSWORD)
            .get("/api/v1/domains/" + parts[1] + "/users/" + parts[0] + "/folder-unlock-attempts");
    if (response.status() == 403) {
      return null;
    }
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.jsonArray().getValuesAs(JsonObject.class).stream()
        .map(a -> a.getString("outcome"))
        .toList();
  }

  // Sets the Inbox's password on the folder-passwords page, which states the throttle rule.
  private void protectInbox(String password) {
    guardHttp(on(FolderPasswordsPage.class).nav::click);
    FolderPasswordsPage page = on(FolderPasswordsPage.class);
    assertThat(page.throttle.getText())
        .isEqualTo(
            "After 5 wrong passwords within 15 minutes a folder refuses every password for 15"
                + " minutes.");
    choose(page.scope, "Inbox");
    page.password.sendKeys(password);
    guardAjax(page.save::click);
    assertThat(on(FolderPasswordsPage.class).messages.getText()).contains("saved");
  }

  private String tryPassword(String password) {
    FolderPasswordsPage page = on(FolderPasswordsPage.class);
    page.unlockPassword.sendKeys(password);
    guardHttp(page.open::click);
    return on(FolderPasswordsPage.class).messages.getText();
  }
}
