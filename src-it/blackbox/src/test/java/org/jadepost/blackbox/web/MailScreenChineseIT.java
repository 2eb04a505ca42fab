package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The mail screen in a Chinese browser: list, reading pane and actions speak Chinese. */
class MailScreenChineseIT extends WebIT {

  private static final String DATE = "Fri, 27 Nov 2026 09:00:00 +0800";

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void mailScreenShouldListReadAndActInChinese() {
    String wang = provisioning.createUser(provisioning.createDomain("read-zh"), "wang", "王小明");
    MxSender.deliver(
        server, wang, TestMails.text(wang, "季度报价单", "请查收报价。", "Fri, 27 Nov 2026 09:00:00 -0800"));
    MxSender.deliver(
        server, wang, TestMails.withAttachment(wang, "合同", "合同.bin", new byte[] {1, 2, 3}));
    signIn(wang, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);

    assertThat(MailPage.folderText(driver(), "inbox")).isEqualTo("收件箱 (2)");
    assertThat(driver().findElement(By.cssSelector("#mail\\:list th.subject")).getText())
        .isEqualTo("主题");
    assertThat(mail.subjects()).containsExactlyInAnyOrder("季度报价单", "合同");

    guardAjax(mail.open("季度报价单")::click);
    mail = on(MailPage.class);
    assertThat(mail.readSubject.getText()).isEqualTo("季度报价单");
    assertThat(mail.textBody).singleElement().extracting(WebElement::getText).isEqualTo("请查收报价。");
    assertThat(mail.senderTime)
        .singleElement()
        .extracting(WebElement::getText)
        .asString()
        .contains("发件人当地时间")
        .contains("UTC-08:00");
    assertThat(MailPage.folderText(driver(), "inbox")).isEqualTo("收件箱 (1)");

    mail.pick("合同");
    guardAjax(mail.flag::click);
    assertThat(on(MailPage.class).messages.getText()).contains("已为 1 封邮件加旗帜。");
    on(MailPage.class).pick("合同");
    guardAjax(on(MailPage.class).delete::click);
    assertThat(on(MailPage.class).messages.getText()).contains("已删除 1 封邮件。");
    assertThat(on(MailPage.class).subjects()).containsExactly("季度报价单");
    assertThat(MailPage.folderText(driver(), "deleted")).isEqualTo("已删除 (1)");
  }

  @Test
  void searchShouldFindChineseWordsInSubjectAndBodyAndGoBackToTheFolder() {
    String zhao = provisioning.createUser(provisioning.createDomain("find-zh"), "zhao", "赵敏");
    MxSender.deliver(server, zhao, TestMails.text(zhao, "季度报价单", "请查收报价。", DATE));
    MxSender.deliver(server, zhao, TestMails.text(zhao, "周五安排", "星河项目会议改到下午三点。", DATE));
    MxSender.deliver(
        server, zhao, TestMails.text(zhao, "Invoice 42", "Please pay by Friday.", DATE));
    signIn(zhao, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);
    assertThat(mail.search.getText()).isEqualTo("搜索");

    mail.query.sendKeys("会议");
    guardAjax(mail.search::click);
    mail = on(MailPage.class);
    assertThat(mail.subjects()).as("found in the body").containsExactly("周五安排");
    assertThat(mail.messages.getText()).contains("在此文件夹中找到 1 封邮件。");
    guardAjax(mail.open("周五安排")::click);
    assertThat(on(MailPage.class).readSubject.getText()).isEqualTo("周五安排");

    mail = on(MailPage.class);
    mail.query.clear();
    mail.query.sendKeys("invoice");
    guardAjax(mail.search::click);
    assertThat(on(MailPage.class).subjects()).containsExactly("Invoice 42");
    guardAjax(on(MailPage.class).clearSearch.get(0)::click);
    assertThat(on(MailPage.class).subjects()).hasSize(3);
    assertThat(on(MailPage.class).clearSearch).isEmpty();
  }

  @Test
  void emptyFolderAndNothingSelectedShouldBeSaidInChinese() {
    String li = provisioning.createUser(provisioning.createDomain("empty-zh"), "li", "李雷");
    signIn(li, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);

    assertThat(driver().findElement(By.cssSelector("#mail\\:list tbody")).getText())
        .isEqualTo("此文件夹中没有邮件。");
    guardAjax(mail.markRead::click);
    assertThat(on(MailPage.class).messages.getText()).contains("请先选择邮件。");
  }
}
