package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.Locale;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/**
 * The saved language against the login page's switch in a Chinese browser (FEATURES L1): a saved
 * English wins over the switch; with no saved language the switch wins for the session.
 */
class SavedLanguageChineseIT extends WebIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void savedEnglishShouldWinOverTheChineseLoginPage() {
    String tom = provisioning.createUser(provisioning.createDomain("saved-en"), "tom", "Tom");
    assertThat(
            ApiClient.as(server.baseUri(), tom, Provisioning.PASSWORD)
                .put(
                    "/api/v1/mailbox/preferences",
                    Json.createObjectBuilder().add("language", "en").build())
                .status())
        .isEqualTo(200);

    signInAfterSwitch(tom, "zh");

    assertThat(pageLanguage()).isEqualTo("en");
    assertThat(on(WebmailPage.class).inbox.getText()).isEqualTo("Inbox");
    guardHttp(on(OrganisePages.class).navSettings::click);
    assertThat(on(OrganisePages.class).languageHint.getText())
        .startsWith("A saved language applies whenever you sign in");
  }

  @Test
  void loginPageSwitchShouldWinWhenNoLanguageIsSaved() {
    String wu = provisioning.createUser(provisioning.createDomain("unsaved"), "wu", "吴芳");

    signInAfterSwitch(wu, "en");

    assertThat(pageLanguage()).isEqualTo("en");
    assertThat(on(WebmailPage.class).inbox.getText()).isEqualTo("Inbox");
  }

  // Opens the login page, which speaks Chinese here, picks {@code language} and signs in.
  private void signInAfterSwitch(String address, String language) {
    LoginPage login = open("/login.xhtml", LoginPage.class);
    assertThat(login.submit.getText()).isEqualTo("登录");
    guardHttp(("zh".equals(language) ? login.chinese : login.english)::click);
    login = on(LoginPage.class);
    login.username.sendKeys(address);
    login.password.sendKeys(Provisioning.PASSWORD);
    guardHttp(login.submit::click);
    assertThat(currentPath()).isEqualTo("/webmail/index.xhtml");
  }
}
