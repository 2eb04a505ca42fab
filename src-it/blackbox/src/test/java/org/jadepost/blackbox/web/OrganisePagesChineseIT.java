package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/**
 * The restore, cleanup and settings pages in Chinese; saving English as the language switches the
 * session to English.
 */
class OrganisePagesChineseIT extends WebIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void organisingPagesShouldSpeakChineseAndTheLanguageSettingShouldApply() {
    String user = provisioning.createUser(provisioning.createDomain("org-zh"), "wang", "王小明");
    signIn(user, Provisioning.PASSWORD);

    guardHttp(on(OrganisePages.class).navRestore::click);
    OrganisePages page = on(OrganisePages.class);
    assertThat(page.title.getText()).isEqualTo("已删除邮件");
    assertThat(page.hint.getText()).isEqualTo("从“已删除”或“垃圾邮件”中清空的邮件，14 天内可以恢复。");
    guardAjax(page.emptyDeleted::click);
    assertThat(on(OrganisePages.class).messages.getText()).isEqualTo("已清空 0 封邮件，仍可在下方恢复。");

    guardHttp(on(OrganisePages.class).navCleanup::click);
    page = on(OrganisePages.class);
    assertThat(page.title.getText()).isEqualTo("清理邮箱");
    guardAjax(page.scan::click);
    assertThat(on(OrganisePages.class).messages.getText()).isEqualTo("请至少选择一个要扫描的文件夹。");

    guardHttp(on(OrganisePages.class).navSettings::click);
    page = on(OrganisePages.class);
    assertThat(page.title.getText()).isEqualTo("设置");
    choose(page.language, "English");
    guardHttp(page.save::click);
    page = on(OrganisePages.class);
    assertThat(pageLanguage()).isEqualTo("en");
    assertThat(page.title.getText()).isEqualTo("Settings");
    assertThat(page.messages.getText()).contains("Settings saved.");
  }
}
