package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Scheduled send in Chinese (C4): a time chosen in Asia/Shanghai is kept as written and the mail
 * arrives then; a cancelled one never leaves; a past time is refused in Chinese.
 */
class ScheduledSendChineseIT extends ScheduledSteps {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void mailScheduledInShanghaiTimeShouldArriveThen() {
    Pair users = pair("sched-zh", "wang", "王小明", "li", "李雷");
    String wang = users.sender();
    String li = users.recipient();
    write(li, "样品跟进", "样品已于今日寄出。");
    assertThat(on(SendLaterPage.class).legend.getText()).isEqualTo("定时发送");
    ZonedDateTime at = ahead(20, "Asia/Shanghai");

    sendLater(at, true);

    assertThat(on(ScheduledPage.class).title.getText()).isEqualTo("定时邮件");
    assertThat(messagesText()).contains("邮件将于").contains("Asia/Shanghai");
    WebElement row = on(ScheduledPage.class).row("样品跟进");
    assertThat(ScheduledPage.cell(row, "when")).isEqualTo(shown(at));
    assertThat(ScheduledPage.cell(row, "recipients")).isEqualTo(li);
    sleepUntil(at.toInstant().minusSeconds(3));
    assertThat(subjects(li, "INBOX")).doesNotContain("样品跟进");
    assertThat(awaitSubject(li, "INBOX", "样品跟进")).isAfterOrEqualTo(at.toInstant());
  }

  @Test
  void cancelledMailShouldNeverLeaveAndPastTimeBeRefused() {
    Pair users = pair("sched-zhcx", "wang", "王小明", "li", "李雷");
    String wang = users.sender();
    String li = users.recipient();
    write(li, "节日问候", "祝您节日快乐！");

    sendLater(ahead(-600, "Asia/Shanghai"), false);
    assertThat(messagesText()).contains("已经过去，请选择将来的时间。");

    ZonedDateTime at = ahead(15, "Asia/Shanghai");
    sendLater(at, true);
    WebElement row = on(ScheduledPage.class).row("节日问候");
    assertThat(ScheduledPage.cancel(row).getText()).isEqualTo("取消发送");
    guardAjax(ScheduledPage.cancel(row)::click);
    assertThat(messagesText()).contains("定时邮件已取消");
    sleepUntil(at.toInstant().plusSeconds(15));
    assertNeverSent(wang, li, "节日问候");
  }
}
