package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.web.OrganisePages.texts;

import java.util.Locale;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/** Folder passwords in Chinese: the manual's seven folders and the short-password message. */
class FolderPasswordsPageChineseIT extends WebIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void folderPasswordsPageShouldSpeakChinese() {
    String user = provisioning.createUser(provisioning.createDomain("lock-zh"), "wang", "王小明");
    signIn(user, Provisioning.PASSWORD);
    guardHttp(on(FolderPasswordsPage.class).nav::click);
    FolderPasswordsPage page = on(FolderPasswordsPage.class);
    assertThat(page.title.getText()).isEqualTo("文件夹密码");
    assertThat(texts(page.scopeNames))
        .containsExactly("收件箱", "草稿箱", "发件箱", "已删除", "垃圾箱", "我的文件夹", "其他邮箱");

    choose(page.scope, "我的文件夹");
    page.password.sendKeys("abc");
    guardAjax(page.save::click);

    assertThat(on(FolderPasswordsPage.class).messages.getText()).isEqualTo("文件夹密码至少需要 4 个字符。");
    assertThat(on(FolderPasswordsPage.class).scopeStates.get(5).getText()).isEqualTo("未设密码");
  }
}
