package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MessageTextTest {

  private static final Charset GBK = Charset.forName("GBK");

  @Test
  void bodyShouldDecodeGbkBase64Text() throws Exception {
    MessageText text =
        parse(
            "Subject: test\r\nContent-Type: text/plain; charset=gbk\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + base64("请查收附件中的合同。", GBK)
                + "\r\n");

    assertThat(text.body("合同")).isTrue();
    assertThat(text.body("发票")).isFalse();
  }

  @Test
  void bodyShouldReadGb2312LabelledTextAsGb18030() throws Exception {
    // 镕 is in GBK but not in GB2312: mail labelled gb2312 often carries such characters.
    MessageText text =
        parse(
            "Content-Type: text/plain; charset=GB2312\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + base64("朱镕基", GBK)
                + "\r\n");

    assertThat(text.body("镕")).isTrue();
  }

  @Test
  void bodyShouldSearchEveryTextPartOfAMultipartAndReduceHtml() throws Exception {
    MessageText text =
        parse(
            "Content-Type: multipart/alternative; boundary=b1\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "=E4=BC=9A=E8=AE=AE=E7=BA=AA=E8=A6=81\r\n"
                + "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                + "<p>Budget <b>Q3</b> &#25253;&#21578;</p><script>secret()</script>\r\n"
                + "--b1--\r\n");

    assertThat(text.body("会议纪要")).isTrue();
    assertThat(text.body("budget q3")).isTrue();
    assertThat(text.body("报告")).isTrue();
    assertThat(text.body("secret")).isFalse();
  }

  @Test
  void headerShouldMatchDecodedEncodedWordsWithoutRegardToCase() throws Exception {
    MessageText text =
        parse(
            "Cc: =?GB2312?B?"
                + base64("李雷", Charset.forName("GB2312"))
                + "?= <li@EXAMPLE.cn>\r\n"
                + "X-Project: Apollo\r\n\r\nhello\r\n");

    assertThat(text.header("cc", "李雷")).isTrue();
    assertThat(text.header("CC", "li@example.cn")).isTrue();
    assertThat(text.header("x-project", "apollo")).isTrue();
    assertThat(text.header("bcc", "")).isFalse();
    assertThat(text.text("hello")).isTrue();
    assertThat(text.body("apollo")).isFalse();
  }

  @Test
  void bodyShouldIncludeAttachedMessages() throws Exception {
    MessageText text =
        parse(
            "Content-Type: multipart/mixed; boundary=m\r\n\r\n"
                + "--m\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
                + "--m\r\nContent-Type: message/rfc822\r\n\r\n"
                + "Subject: =?UTF-8?B?"
                + base64("原始邮件", StandardCharsets.UTF_8)
                + "?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n内层正文\r\n"
                + "--m--\r\n");

    assertThat(text.body("内层正文")).isTrue();
    assertThat(text.body("原始邮件")).isTrue();
  }

  private static String base64(String text, Charset charset) {
    return Base64.getEncoder().encodeToString(text.getBytes(charset));
  }

  private static MessageText parse(String raw) throws Exception {
    return MessageText.parse(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
  }
}
