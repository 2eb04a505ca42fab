package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/** The folders page in Chinese: texts, a created folder, and the limit message. */
class FoldersPageChineseIT extends WebIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void foldersPageShouldSpeakChineseIncludingTheLimits() {
    String user = provisioning.createUser(provisioning.createDomain("fold-zh"), "wang", "王小明");
    String path = FoldersPage.createSixLevels(server, user);
    signIn(user, Provisioning.PASSWORD);
    guardHttp(on(FoldersPage.class).nav::click);
    FoldersPage page = on(FoldersPage.class);
    assertThat(page.title.getText()).isEqualTo("管理文件夹");
    assertThat(page.limits.getText()).isEqualTo("您最多可以创建 300 个自己的文件夹，最多嵌套 6 层。");
    assertThat(page.names.stream().map(e -> e.getText())).contains("收件箱", "已删除", "垃圾邮件");

    page.name.sendKeys("客户");
    guardAjax(page.create::click);
    page = on(FoldersPage.class);
    assertThat(page.messages.getText()).isEqualTo("文件夹 客户 已创建。");
    assertThat(page.paths()).contains("客户");

    page.name.sendKeys("第七层");
    choose(page.parent, path);
    guardAjax(page.create::click);
    page = on(FoldersPage.class);
    assertThat(page.messages.getText()).isEqualTo("文件夹最多只能嵌套 6 层，" + path + "/第七层 超出了这个层数。");

    // Menus name system folders in Chinese, also at the head of a path; the path column keeps
    // the IMAP path a desktop client shows.
    page.name.sendKeys("北京");
    choose(page.parent, "收件箱");
    guardAjax(page.create::click);
    page = on(FoldersPage.class);
    assertThat(page.paths()).contains("INBOX/北京");
    choose(page.folder, "收件箱/北京");
    guardAjax(page.delete::click);
    page = on(FoldersPage.class);
    assertThat(page.paths()).doesNotContain("INBOX/北京");

    choose(page.folder, "客户");
    guardAjax(page.delete::click);
    page = on(FoldersPage.class);
    assertThat(page.messages.getText()).isEqualTo("文件夹 客户 已删除，其中的邮件已移到“已删除”。");
    assertThat(page.paths()).doesNotContain("客户");
  }
}
