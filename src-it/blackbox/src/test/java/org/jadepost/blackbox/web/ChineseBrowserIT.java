package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jadepost.blackbox.api.Provisioning;
import org.junit.jupiter.api.Test;

/** A browser set to Simplified Chinese gets every page in Chinese without touching the switch. */
class ChineseBrowserIT extends WebIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void loginPageShouldBeInChinese() {
    LoginPage login = open("/login.xhtml", LoginPage.class);

    assertThat(driver().getTitle()).isEqualTo("玉邮 Jadepost - 登录");
    assertThat(login.submit.getText()).isEqualTo("登录");
    assertThat(login.usernameLabel.getText()).isEqualTo("邮箱地址或管理员账号");
    assertThat(login.tagline.getText()).isEqualTo("企业自有域名邮箱");
    assertThat(pageLanguage()).isEqualTo("zh");
  }

  @Test
  void wrongPasswordShouldShowChineseFailureMessage() {
    String domain = provisioning.createDomain("wrongpw-zh");
    String address = provisioning.createUser(domain, "li", "李娜");

    signIn(address, "Not-her-password1");

    assertThat(currentPath()).isEqualTo("/login.xhtml");
    assertThat(on(LoginPage.class).errorTexts()).containsExactly("账号或密码错误，或账号已停用。");
  }

  @Test
  void providerConsoleShouldShowChineseHeadings() {
    signIn("admin", server.adminPassword());

    DomainsPage domains = on(DomainsPage.class);
    assertThat(domains.title.getText()).isEqualTo("域名管理");
    assertThat(domains.formHeading.getText()).isEqualTo("新建域名");
    assertThat(domains.submit.getText()).isEqualTo("创建");
    assertThat(domains.logout.getDomProperty("value")).isEqualTo("退出");
  }

  @Test
  void domainConsoleShouldShowChineseTitle() {
    String domain = provisioning.createDomain("console-zh");
    provisioning.createUser(domain, "boss", "老板", "DOMAIN_ADMIN");

    signIn("boss@" + domain, Provisioning.PASSWORD);

    assertThat(currentPath()).isEqualTo("/admin/domain/users.xhtml");
    assertThat(on(UsersPage.class).title.getText()).startsWith("用户管理").endsWith(domain);
  }

  @Test
  void webmailShouldGreetInChineseAndShowChineseFolders() {
    String domain = provisioning.createDomain("webmail-zh");
    String address = provisioning.createUser(domain, "wangfang", "王芳");

    signIn(address, Provisioning.PASSWORD);

    WebmailPage webmail = on(WebmailPage.class);
    assertThat(webmail.welcome.getText()).isEqualTo("欢迎，王芳");
    assertThat(webmail.inbox.getText()).isEqualTo("收件箱");
    assertThat(webmail.folderNames())
        .containsExactly("收件箱", "草稿箱", "已发送", "已删除", "垃圾邮件", "待办邮件", "已办邮件");
  }

  @Test
  void switchToEnglishShouldOverrideChineseBrowser() {
    LoginPage login = open("/login.xhtml", LoginPage.class);

    guardHttp(login.english::click);

    assertThat(on(LoginPage.class).submit.getText()).isEqualTo("Sign in");
    assertThat(pageLanguage()).isEqualTo("en");
  }
}
