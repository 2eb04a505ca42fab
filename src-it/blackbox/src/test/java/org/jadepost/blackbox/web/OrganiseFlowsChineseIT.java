package org.jadepost.blackbox.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jadepost.blackbox.web.OrganisePages.day;
import static org.jadepost.blackbox.web.OrganisePages.texts;

import java.util.Locale;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;

/**
 * Cleanup and restore in Chinese (FEATURES K1, K3): a user scans the Inbox for Chinese subjects,
 * deletes the finds, empties Deleted and restores one, with dates shown the Chinese way.
 */
class OrganiseFlowsChineseIT extends WebIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void userShouldCleanUpAndRestoreMailInChinese() {
    String user = signInNewUser("flow-zh", "zhao", "赵敏");
    for (String subject : new String[] {"旧报价", "旧发票", "午餐"}) {
      String mail = "From: partner@sender.example\r\nSubject: " + subject + "\r\n\r\nx\r\n";
      MxSender.deliver(server, user, mail.getBytes(UTF_8));
    }

    guardHttp(on(OrganisePages.class).navCleanup::click);
    OrganisePages page = on(OrganisePages.class);
    page.cleanupFolders.stream()
        .filter(l -> l.getText().equals("收件箱"))
        .findFirst()
        .orElseThrow()
        .click();
    page.cleanupSubject.sendKeys("旧");
    guardAjax(page.scan::click);
    page = on(OrganisePages.class);
    assertThat(page.messages.getText()).contains("找到 2 封邮件。");
    assertThat(texts(page.results)).containsExactlyInAnyOrder("旧报价", "旧发票");
    assertThat(texts(page.resultFolders)).containsExactly("收件箱", "收件箱");
    assertThat(texts(page.resultDates))
        .allSatisfy(d -> assertThat(d).startsWith(day(0, Locale.CHINA)));
    guardAjax(page.resultChecks.get(0)::click);
    guardAjax(on(OrganisePages.class).deleteSelected::click);
    assertThat(on(OrganisePages.class).messages.getText()).contains("已将 2 封邮件移到“已删除”。");

    guardHttp(on(OrganisePages.class).navRestore::click);
    guardAjax(on(OrganisePages.class).emptyDeleted::click);
    page = on(OrganisePages.class);
    assertThat(page.messages.getText()).contains("已清空 2 封邮件，仍可在下方恢复。");
    assertThat(texts(page.deletedFolders)).containsExactly("已删除", "已删除");
    assertThat(texts(page.deletedAt))
        .allSatisfy(d -> assertThat(d).startsWith(day(0, Locale.CHINA)));
    assertThat(texts(page.restorableUntil))
        .allSatisfy(d -> assertThat(d).startsWith(day(14, Locale.CHINA)));
    int offer = texts(page.restorable).indexOf("旧报价");
    guardAjax(page.restoreChecks.get(offer + 1)::click);
    choose(on(OrganisePages.class).target, "收件箱");
    guardAjax(on(OrganisePages.class).restore::click);
    page = on(OrganisePages.class);
    assertThat(page.messages.getText()).contains("已恢复 1 封邮件。");
    assertThat(texts(page.restorable)).containsExactly("旧发票");
    assertThat(new Mailbox(server, user).messages("INBOX"))
        .extracting(m -> m.getString("subject"))
        .containsExactlyInAnyOrder("旧报价", "午餐");
  }
}
