package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * Who reaches which page: anonymous visitors go to the login page, every principal to his own home,
 * and signing in gives the browser a new session id.
 */
class AccessControlIT extends WebIT {

  @Test
  void anonymousVisitorOpeningWebmailShouldLandOnLoginPage() {
    open("/webmail/index.xhtml", LoginPage.class);

    assertThat(currentPath()).isEqualTo("/login.xhtml");
  }

  @Test
  void anonymousVisitorOpeningProviderConsoleShouldLandOnLoginPage() {
    open("/admin/provider/domains.xhtml", LoginPage.class);

    assertThat(currentPath()).isEqualTo("/login.xhtml");
  }

  @Test
  void plainUserOpeningProviderConsoleShouldBeRedirectedToHisWebmail() {
    String domain = provisioning.createDomain("plain-ui");
    String address = provisioning.createUser(domain, "lin", "林");
    signIn(address, Provisioning.PASSWORD);

    WebmailPage webmail = open("/admin/provider/domains.xhtml", WebmailPage.class);

    assertThat(currentPath()).isEqualTo("/webmail/index.xhtml");
    assertThat(webmail.mailboxAddress.getText()).isEqualTo(address);
  }

  @Test
  void plainUserOpeningDomainConsoleShouldBeRedirectedToHisWebmail() {
    String domain = provisioning.createDomain("plain-ui2");
    String address = provisioning.createUser(domain, "he", "何");
    signIn(address, Provisioning.PASSWORD);

    open("/admin/domain/users.xhtml?domain=" + domain, WebmailPage.class);

    assertThat(currentPath()).isEqualTo("/webmail/index.xhtml");
  }

  @Test
  void domainAdminShouldLandOnHisDomainConsoleAndNotSeeAnotherDomain() {
    String own = provisioning.createDomain("own-ui");
    String other = provisioning.createDomain("other-ui");
    provisioning.createUser(own, "chief", "主管", "DOMAIN_ADMIN");
    provisioning.createUser(other, "secret", "机密");

    signIn("chief@" + own, Provisioning.PASSWORD);
    assertThat(currentPath()).isEqualTo("/admin/domain/users.xhtml");
    assertThat(on(UsersPage.class).addresses()).containsExactly("chief@" + own);

    UsersPage foreign = open("/admin/domain/users.xhtml?domain=" + other, UsersPage.class);

    assertThat(foreign.addresses()).doesNotContain("secret@" + other);
    assertThat(foreign.messages.getText()).contains("You are not an administrator of " + other);
  }

  @Test
  void providerAdminOpeningWebmailShouldBeRedirectedToProviderConsole() {
    signIn("admin", server.adminPassword());

    open("/webmail/index.xhtml", DomainsPage.class);

    assertThat(currentPath()).isEqualTo("/admin/provider/domains.xhtml");
  }

  @Test
  void signInShouldChangeTheSessionId() {
    String domain = provisioning.createDomain("fixation");
    String address = provisioning.createUser(domain, "sun", "孙");
    open("/login.xhtml", LoginPage.class);
    Cookie before = driver().manage().getCookieNamed("JSESSIONID");
    assertThat(before).as("the login page's session cookie").isNotNull();

    signIn(address, Provisioning.PASSWORD);

    Cookie after = driver().manage().getCookieNamed("JSESSIONID");
    assertThat(currentPath()).isEqualTo("/webmail/index.xhtml");
    assertThat(after).isNotNull();
    assertThat(after.getValue()).isNotEqualTo(before.getValue());
    assertThat(after.isHttpOnly()).isTrue();
  }

  @Test
  void signOutShouldEndTheSession() {
    String domain = provisioning.createDomain("signout");
    String address = provisioning.createUser(domain, "zhao", "赵");
    signIn(address, Provisioning.PASSWORD);

    guardHttp(on(WebmailPage.class).logout::click);
    assertThat(currentPath()).isEqualTo("/login.xhtml");

    open("/webmail/index.xhtml", LoginPage.class);
    assertThat(currentPath()).isEqualTo("/login.xhtml");
  }
}
