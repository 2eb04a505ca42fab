package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/**
 * An English browser: the login page, a failed sign-in, and the whole first-day story of the
 * provider administrator creating a domain and a user who then signs in to his mailbox.
 */
class EnglishBrowserIT extends WebIT {

  @Test
  void loginPageShouldBeInEnglish() {
    LoginPage login = open("/login.xhtml", LoginPage.class);

    assertThat(driver().getTitle()).isEqualTo("Jadepost - Sign in");
    assertThat(login.submit.getText()).isEqualTo("Sign in");
    assertThat(login.usernameLabel.getText()).isEqualTo("Email address or administrator name");
    assertThat(login.tagline.getText()).isEqualTo("Enterprise mail on your own domain");
    assertThat(pageLanguage()).isEqualTo("en");
  }

  @Test
  void wrongPasswordShouldShowEnglishFailureMessage() {
    String domain = provisioning.createDomain("wrongpw-en");
    String address = provisioning.createUser(domain, "mary", "Mary");

    signIn(address, "Not-her-password1");

    LoginPage login = on(LoginPage.class);
    assertThat(currentPath()).isEqualTo("/login.xhtml");
    assertThat(login.errorTexts())
        .containsExactly("The address or the password is wrong, or the account is disabled.");
    assertThat(login.password.getDomProperty("value")).isEmpty();
  }

  @Test
  void providerAdminShouldCreateDomainAndUserWhoThenSignsIn() {
    String domain = Provisioning.uniqueDomain("ui");
    String address = "wang@" + domain;

    signIn("admin", server.adminPassword());
    DomainsPage domains = on(DomainsPage.class);
    assertThat(currentPath()).isEqualTo("/admin/provider/domains.xhtml");
    assertThat(domains.title.getText()).isEqualTo("Domains");

    createDomain(domains, domain.toUpperCase());
    assertThat(domains.messages.getText()).contains("Domain " + domain + " created.");
    assertThat(domains.domains()).contains(domain);

    guardHttp(domains.usersLinkOf(domain)::click);
    UsersPage users = on(UsersPage.class);
    assertThat(currentPath()).isEqualTo("/admin/domain/users.xhtml");
    assertThat(users.title.getText()).isEqualTo("Users of " + domain);

    createUser(users, "wang", "王小明");
    assertThat(users.messages.getText()).contains("User " + address + " created.");
    assertThat(users.addresses()).containsExactly(address);

    guardHttp(users.logout::click);
    assertThat(currentPath()).isEqualTo("/login.xhtml");

    signIn(address, Provisioning.PASSWORD);
    WebmailPage webmail = on(WebmailPage.class);
    assertThat(currentPath()).isEqualTo("/webmail/index.xhtml");
    assertThat(webmail.welcome.getText()).isEqualTo("Welcome, 王小明");
    assertThat(webmail.inbox.getText()).isEqualTo("Inbox");
    assertThat(webmail.mailboxAddress.getText()).isEqualTo(address);
    assertStoredAsTyped(domain, address);
  }

  private void createDomain(DomainsPage page, String name) {
    page.name.sendKeys(name);
    choose(page.edition, "Professional");
    retype(page.quotaMb, "2048");
    retype(page.userQuotaMb, "512");
    guardAjax(page.submit::click);
  }

  private void createUser(UsersPage page, String localPart, String displayName) {
    page.localPart.sendKeys(localPart);
    page.displayName.sendKeys(displayName);
    page.password.sendKeys(Provisioning.PASSWORD);
    choose(page.role, "User");
    guardAjax(page.submit::click);
  }

  /** What the form stored, read back through the API. */
  private void assertStoredAsTyped(String domain, String address) {
    JsonObject stored = provisioning.admin().get("/api/v1/domains/" + domain).json();
    assertThat(stored.getString("edition")).isEqualTo("PROFESSIONAL");
    assertThat(stored.getJsonNumber("quotaBytes").longValue()).isEqualTo(2048L << 20);
    assertThat(stored.getJsonNumber("userQuotaBytes").longValue()).isEqualTo(512L << 20);
    JsonObject user = provisioning.admin().get(Provisioning.usersOf(domain) + "/wang").json();
    assertThat(user.getString("address")).isEqualTo(address);
    assertThat(user.getString("displayName")).isEqualTo("王小明");
    assertThat(user.getJsonNumber("quotaBytes").longValue()).isEqualTo(512L << 20);
  }
}
