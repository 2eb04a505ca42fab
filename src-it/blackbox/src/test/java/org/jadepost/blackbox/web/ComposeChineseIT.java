package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.ExternalClient;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Writing mail in Chinese: the screen speaks Chinese, a Chinese subject, body and file name arrive
 * intact for an IMAP client, the read receipt asked for comes back, and a forward uses the 转发:
 * prefix, the Chinese forward header and the Reply-To of the user's settings.
 */
class ComposeChineseIT extends WebIT {

  @TempDir Path files;

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Test
  void chineseMailWithFileAndReceiptShouldArriveIntactAndTheReceiptComeBack() {
    String domain = provisioning.createDomain("compose-zh");
    String wang = provisioning.createUser(domain, "wang", "王小明");
    String li = provisioning.createUser(domain, "li", "李雷");
    Path pdf = file("报价单.pdf", "%PDF-1.4 第三版报价");
    signIn(wang, Provisioning.PASSWORD);
    guardHttp(driver().findElement(By.id("nav-compose"))::click);
    ComposePage page = on(ComposePage.class);
    assertThat(page.title.getText()).isEqualTo("写信");
    assertThat(driver().findElement(By.id("compose:send")).getText()).isEqualTo("发送");

    ComposePage.add(page.to, li);
    page.subject.sendKeys("报价单（第三版）");
    page.editor.click();
    page.editor.sendKeys("您好，附件是第三版报价单。");
    page.upload.sendKeys(pdf.toString());
    waitUntil(d -> on(ComposePage.class).files.size() == 1);
    assertThat(on(ComposePage.class).files.get(0).getText()).contains("报价单.pdf");
    page.receipt.click();
    guardHttp(driver().findElement(By.id("compose:send"))::click);
    assertThat(driver().findElement(By.id("messages")).getText()).contains("邮件已发送");

    String parsed =
        ExternalClient.python(
                "import imaplib,sys,email\n"
                    + "from email import policy\n"
                    + "m=imaplib.IMAP4('127.0.0.1',int(sys.argv[1]))\n"
                    + "m.login(sys.argv[2],sys.argv[3]); m.select('INBOX')\n"
                    + "t,d=m.uid('FETCH','1','(BODY.PEEK[])')\n"
                    + "msg=email.message_from_bytes(d[0][1],policy=policy.default)\n"
                    + "sys.stdout.buffer.write(('subject='+msg['Subject']+'\\n').encode())\n"
                    + "sys.stdout.buffer.write(('receipt='+str(msg['Disposition-Notification-To'])+'\\n').encode())\n"
                    + "for p in msg.iter_attachments():\n"
                    + "  sys.stdout.buffer.write(('file='+p.get_filename()+' '+p.get_content().decode()+'\\n').encode())\n"
                    + "sys.stdout.buffer.write(('text='+msg.get_body(('plain',)).get_content()).encode())\n",
                String.valueOf(server.ports().imap()),
                li,
                Provisioning.PASSWORD)
            .output();
    assertThat(parsed)
        .contains("subject=报价单（第三版）")
        .contains("receipt=" + wang)
        .contains("file=报价单.pdf %PDF-1.4 第三版报价")
        .contains("text=您好，附件是第三版报价单。");

    guardHttp(driver().findElement(By.id("usermenu:logout"))::click);
    signIn(li, Provisioning.PASSWORD);
    guardAjax(on(MailPage.class).open("报价单（第三版）")::click);
    guardAjax(on(MailPage.class).sendReceipt::click);
    String mdn = new Mailbox(server, wang).newestRaw("INBOX");
    assertThat(mdn).contains("report-type=disposition-notification").contains("displayed");
  }

  @Test
  void forwardShouldUseTheChinesePrefixQuoteAndReplyToSetting() {
    String domain = provisioning.createDomain("reply-zh");
    String wang = provisioning.createUser(domain, "wang", "王小明");
    String li = provisioning.createUser(domain, "li", "李雷");
    ApiClient.as(server.baseUri(), wang, Provisioning.PASSWORD)
        .put(
            "/api/v1/mailbox/preferences",
            Json.createObjectBuilder()
                .add("prefixStyle", "zh")
                .add("replyTo", "desk@" + domain)
                .build());
    MxSender.deliver(
        server, wang, TestMails.text(wang, "样品跟进", "样品已寄出。", "Fri, 27 Nov 2026 09:00:00 +0800"));
    signIn(wang, Provisioning.PASSWORD);
    guardAjax(on(MailPage.class).open("样品跟进")::click);
    assertThat(driver().findElement(By.id("reading:reply")).getText()).isEqualTo("回复");
    assertThat(driver().findElement(By.id("reading:forward")).getText()).isEqualTo("转发");

    guardHttp(driver().findElement(By.id("reading:forward"))::click);
    ComposePage forward = on(ComposePage.class);
    assertThat(forward.subject.getDomProperty("value")).isEqualTo("转发: 样品跟进");
    assertThat(forward.editor.getText()).contains("转发的邮件").contains("样品已寄出。");
    ComposePage.add(forward.to, li);
    forward.editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), "请跟进。");
    guardHttp(driver().findElement(By.id("compose:send"))::click);

    String received = new Mailbox(server, li).newestRaw("INBOX");
    assertThat(received).contains("Reply-To: desk@" + domain);
    assertThat(new Mailbox(server, li).messages("INBOX"))
        .singleElement()
        .extracting(m -> m.getString("subject"))
        .isEqualTo("转发: 样品跟进");
  }

  private Path file(String name, String content) {
    try {
      return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
