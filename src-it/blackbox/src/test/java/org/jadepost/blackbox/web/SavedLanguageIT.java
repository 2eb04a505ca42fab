package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/**
 * The language saved in the settings (FEATURES L1) applies at sign-in on any browser, whatever the
 * login page showed; here an English browser, where a user saves Chinese.
 */
class SavedLanguageIT extends WebIT {

  @Test
  void savedChineseShouldApplyAtSignInOnAnotherEnglishBrowser() {
    String li = signInNewUser("saved-zh", "li", "李娜");
    saveLanguage("中文");
    assertThat(on(OrganisePages.class).messages.getText()).contains("设置已保存");

    forgetSession();
    LoginPage login = open("/login.xhtml", LoginPage.class);
    assertThat(login.submit.getText())
        .as("a browser without the session: the login page follows the browser")
        .isEqualTo("Sign in");
    guardHttp(login.english::click);
    signIn(li, Provisioning.PASSWORD);

    assertThat(currentPath()).isEqualTo("/webmail/index.xhtml");
    assertThat(pageLanguage()).isEqualTo("zh");
    assertThat(on(WebmailPage.class).inbox.getText()).isEqualTo("收件箱");
  }

  // Saves the language labelled {@code label} on the settings page, whose hint states the rule.
  private void saveLanguage(String label) {
    guardHttp(on(OrganisePages.class).navSettings::click);
    OrganisePages settings = on(OrganisePages.class);
    assertThat(settings.languageHint.getText())
        .startsWith("A saved language applies whenever you sign in, on any browser");
    choose(settings.language, label);
    guardHttp(settings.save::click);
  }
}
