package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/** The 中文 | English switch on every page overrides the browser's language for the session. */
class LanguageSwitchIT extends WebIT {

  @Test
  void switchOnLoginPageShouldFlipBetweenChineseAndEnglish() {
    LoginPage login = open("/login.xhtml", LoginPage.class);
    assertThat(login.submit.getText()).isEqualTo("Sign in");

    guardHttp(login.chinese::click);
    login = on(LoginPage.class);
    assertThat(login.submit.getText()).isEqualTo("登录");
    assertThat(pageLanguage()).isEqualTo("zh");
    assertThat(currentPath()).isEqualTo("/login.xhtml");

    guardHttp(login.english::click);
    login = on(LoginPage.class);
    assertThat(login.submit.getText()).isEqualTo("Sign in");
    assertThat(pageLanguage()).isEqualTo("en");
  }

  @Test
  void languageChosenBeforeSignInShouldStayAfterSignIn() {
    String domain = provisioning.createDomain("switch");
    String address = provisioning.createUser(domain, "chen", "陈静");
    LoginPage login = open("/login.xhtml", LoginPage.class);
    guardHttp(login.chinese::click);

    login = on(LoginPage.class);
    login.username.sendKeys(address);
    login.password.sendKeys(Provisioning.PASSWORD);
    guardHttp(login.submit::click);

    WebmailPage webmail = on(WebmailPage.class);
    assertThat(currentPath()).isEqualTo("/webmail/index.xhtml");
    assertThat(webmail.inbox.getText()).isEqualTo("收件箱");
  }

  @Test
  void switchInWebmailShouldChangeItsLanguage() {
    String domain = provisioning.createDomain("switch-mail");
    String address = provisioning.createUser(domain, "zhou", "周杰");
    signIn(address, Provisioning.PASSWORD);
    WebmailPage webmail = on(WebmailPage.class);
    assertThat(webmail.inbox.getText()).isEqualTo("Inbox");

    guardHttp(webmail.chinese::click);

    webmail = on(WebmailPage.class);
    assertThat(currentPath()).isEqualTo("/webmail/index.xhtml");
    assertThat(webmail.inbox.getText()).isEqualTo("收件箱");
    assertThat(webmail.mailboxAddress.getText()).isEqualTo(address);
  }
}
