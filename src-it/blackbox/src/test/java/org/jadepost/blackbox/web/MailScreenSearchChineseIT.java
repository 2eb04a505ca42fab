package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The mail screen's search, tags and drag and drop in a Chinese browser: the advanced panel and its
 * answers, the folder column, locked folders left out of the hits, the tag tree and its chips, and
 * a row dragged onto a folder, all in Chinese.
 */
class MailScreenSearchChineseIT extends MailScreenSteps {

  private static final String DATE = "Fri, 27 Nov 2026 09:00:00 +0800";

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void advancedSearchShouldFindChineseSenderAndSubjectAcrossFolders() {
    String zhou = provisioning.createUser(provisioning.createDomain("adv-zh"), "zhou", "周芷若");
    MxSender.deliver(server, zhou, TestMails.text(zhou, "季度报价单", "请查收。", DATE));
    MxSender.deliver(
        server,
        zhou,
        mail(
            "=?UTF-8?B?" + TestMails.b64("张无忌") + "?= <zhang@other.example>",
            "zhou@adv-zh.example",
            "报价确认",
            "好的"));
    signIn(zhou, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);
    assertThat(mail.advanced.getText()).isEqualTo("高级搜索");
    mail.pick("报价确认");
    guardAjax(mail.spam::click);

    mail =
        advancedSearch(
            p -> {
              assertThat(driver().findElement(By.cssSelector("label[for='mail:s-from']")).getText())
                  .isEqualTo("发件人");
              p.searchSubject.sendKeys("报价");
              choose(p.searchScope, "全部文件夹");
            });
    assertThat(mail.messages.getText()).contains("在全部文件夹中找到 2 封邮件。");
    assertThat(mail.subjects()).containsExactlyInAnyOrder("季度报价单", "报价确认");
    assertThat(mail.folderHeader).singleElement().extracting(WebElement::getText).isEqualTo("文件夹");
    assertThat(mail.folderColumn().get(mail.subjects().indexOf("报价确认"))).isEqualTo("垃圾邮件");

    mail = clearSearch();
    mail =
        advancedSearch(
            p -> {
              p.searchFrom.sendKeys("张无忌");
              choose(p.searchScope, "全部文件夹");
            });
    assertThat(mail.subjects()).containsExactly("报价确认");
    guardAjax(mail.open("报价确认")::click);
    assertThat(on(MailPage.class).readSubject.getText()).isEqualTo("报价确认");
    assertThat(clearSearch().subjects()).containsExactly("季度报价单");
  }

  @Test
  void attachmentNameAndDateCriteriaShouldWorkWithChineseFileNames() {
    String qian = provisioning.createUser(provisioning.createDomain("adv-zhf"), "qian", "钱多多");
    LocalDate firstDay = LocalDate.now();
    // Chinese file names as clients send them: RFC 2231 (Thunderbird, Outlook) and an RFC 2047
    // word in GBK (Foxmail).
    MxSender.deliver(
        server, qian, withFile(qian, "报价附件", "filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95.pdf"));
    MxSender.deliver(
        server, qian, withFile(qian, "合同附件", "filename=\"=?GBK?B?" + gbk("销售合同.doc") + "?=\""));
    MxSender.deliver(server, qian, TestMails.text(qian, "没有附件", "只有正文。", DATE));
    signIn(qian, Provisioning.PASSWORD);

    MailPage mail = advancedSearch(p -> p.searchAttachment.sendKeys("报价单"));
    assertThat(mail.subjects()).as("RFC 2231 name").containsExactly("报价附件");
    clearSearch();
    mail = advancedSearch(p -> p.searchAttachment.sendKeys("销售合同"));
    assertThat(mail.subjects()).as("GBK encoded word").containsExactly("合同附件");
    clearSearch();

    LocalDate lastDay = LocalDate.now();
    String tomorrow = lastDay.plusDays(1).toString();
    mail = advancedSearch(p -> typeDate(p.searchAfter, tomorrow));
    assertThat(mail.subjects()).as("received from tomorrow on").isEmpty();
    assertThat(mail.messages.getText()).contains("在此文件夹中找到 0 封邮件。");
    clearSearch();
    mail =
        advancedSearch(
            p -> {
              typeDate(p.searchAfter, firstDay.toString());
              typeDate(p.searchBefore, lastDay.toString());
            });
    assertThat(mail.subjects()).containsExactlyInAnyOrder("报价附件", "合同附件", "没有附件");
    assertThat(mail.messages.getText()).contains("在此文件夹中找到 3 封邮件。");
  }

  private static byte[] withFile(String to, String subject, String filenameParameter) {
    return TestMails.crlf(
        "From: partner@sender.example\nTo: "
            + to
            + "\nSubject: =?UTF-8?B?"
            + TestMails.b64(subject)
            + "?=\nDate: "
            + DATE
            + "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1"
            + "\nContent-Type: text/plain; charset=UTF-8\n\n见附件。\n--b1"
            + "\nContent-Type: application/octet-stream"
            + "\nContent-Disposition: attachment; "
            + filenameParameter
            + "\nContent-Transfer-Encoding: base64\n\nBw==\n--b1--\n");
  }

  private static String gbk(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(Charset.forName("GBK")));
  }

  @Test
  void lockedFolderMailShouldBeLeftOutOfTheHitsWithAChineseNotice() {
    String lu = provisioning.createUser(provisioning.createDomain("lockfind-zh"), "lu", "陆小凤");
    MxSender.deliver(server, lu, TestMails.text(lu, "秘密计划", "x", DATE));
    MxSender.deliver(server, lu, TestMails.text(lu, "公开计划", "x", DATE));
    signIn(lu, Provisioning.PASSWORD);
    spamAndLock("秘密计划", "垃圾箱", "hidden-away");
    assertThat(on(FolderPasswordsPage.class).messages.getText()).contains("文件夹密码已保存。");

    open("/webmail/index.xhtml", MailPage.class).query.sendKeys("计划");
    MailPage mail = advancedSearch(p -> choose(p.searchScope, "全部文件夹"));
    assertThat(mail.subjects()).containsExactly("公开计划");
    assertThat(mail.messages.getText()).contains("加密文件夹中的 1 封邮件未显示。");
  }

  @Test
  void tagTreeChipsAndDragAndDropShouldWorkInChinese() {
    String qian = provisioning.createUser(provisioning.createDomain("tagtree-zh"), "qian", "钱多多");
    ApiClient.as(server.baseUri(), qian, Provisioning.PASSWORD)
        .post(
            "/api/v1/mailbox/tags",
            Json.createObjectBuilder().add("name", "紧急").add("colour", "#d9480f").build());
    for (String subject : List.of("合同草案", "会议纪要")) {
      MxSender.deliver(server, qian, TestMails.text(qian, subject, "正文", DATE));
    }
    signIn(qian, Provisioning.PASSWORD);
    assertThat(driver().findElement(By.cssSelector(".tree-tags h3")).getText()).isEqualTo("标签");
    MailPage mail = on(MailPage.class);
    choose(mail.tagMenu, "紧急");
    mail.pick("合同草案");
    guardAjax(mail.tagAdd::click);
    assertThat(on(MailPage.class).chips("合同草案")).containsExactly("紧急");

    drag(on(MailPage.class).row("合同草案"), MailPage.folder(driver(), "todo"));
    mail = on(MailPage.class);
    assertThat(mail.messages.getText()).contains("已移动 1 封邮件。");
    assertThat(mail.subjects()).containsExactly("会议纪要");
    assertThat(new Mailbox(server, qian).messages("TODO"))
        .extracting(m -> m.getString("subject"))
        .containsExactly("合同草案");

    guardAjax(MailPage.tag(driver(), "紧急")::click);
    mail = on(MailPage.class);
    assertThat(mail.subjects()).containsExactly("合同草案");
    assertThat(mail.folderColumn()).containsExactly("待办邮件");
    assertThat(mail.listedTag).singleElement().extracting(WebElement::getText).isEqualTo("当前标签：紧急");
    guardAjax(mail.open("合同草案")::click);
    assertThat(on(MailPage.class).readTags).extracting(WebElement::getText).containsExactly("紧急");
  }
}
