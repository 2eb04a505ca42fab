package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/** The tags page in Chinese: texts, a Chinese tag name, and the duplicate-name message. */
class TagsPageChineseIT extends WebIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void tagsPageShouldSpeakChinese() {
    String user = provisioning.createUser(provisioning.createDomain("tag-zh"), "wang", "王小明");
    signIn(user, Provisioning.PASSWORD);
    guardHttp(on(TagsPage.class).nav::click);
    TagsPage page = on(TagsPage.class);
    assertThat(page.title.getText()).isEqualTo("标签");
    assertThat(page.limits.getText()).startsWith("最多只可以创建 20 个标签");

    page.name.sendKeys("重要客户");
    choose(page.colour, "红色");
    guardAjax(page.create::click);
    page = on(TagsPage.class);
    assertThat(page.messages.getText()).isEqualTo("标签 重要客户 已创建。");
    assertThat(page.names()).containsExactly("重要客户");

    page.name.sendKeys("重要客户");
    guardAjax(page.create::click);
    page = on(TagsPage.class);
    assertThat(page.messages.getText()).isEqualTo("名为 重要客户 的标签已存在。");
  }
}
