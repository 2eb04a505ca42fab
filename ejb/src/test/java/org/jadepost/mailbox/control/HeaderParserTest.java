package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jadepost.mailbox.entity.MessageHeaders;
import org.junit.jupiter.api.Test;

class HeaderParserTest {

  @Test
  void parseShouldDecodeEncodedWordsInSubjectAndNames() throws Exception {
    MessageHeaders headers =
        parse(
            "From: =?UTF-8?B?546L5bCP5piO?= <wang@example.com>\r\n"
                + "To: bob@example.com, \"Carol\" <carol@b.com>\r\n"
                + "Subject: =?UTF-8?B?5oql5Lu35Y2V?= for\r\n order 42\r\n"
                + "Date: Fri, 27 Nov 2026 08:15:00 +0800\r\n"
                + "Message-ID: <abc@example.com>\r\n"
                + "Content-Type: multipart/mixed; boundary=x\r\n"
                + "\r\n"
                + "body\r\n");

    assertThat(headers.subject()).isEqualTo("报价单 for order 42");
    assertThat(headers.fromName()).isEqualTo("王小明");
    assertThat(headers.fromAddress()).isEqualTo("wang@example.com");
    assertThat(headers.toAddresses()).isEqualTo("bob@example.com, carol@b.com");
    assertThat(headers.sentDate()).isEqualTo(Instant.parse("2026-11-27T00:15:00Z"));
    assertThat(headers.messageId()).isEqualTo("<abc@example.com>");
    assertThat(headers.multipartMixed()).isTrue();
  }

  @Test
  void parseShouldKeepRawUtf8Headers() throws Exception {
    MessageHeaders headers = parse("From: 李雷 <li@例子.中国>\r\nSubject: 你好，世界\r\n\r\nbody");

    assertThat(headers.subject()).isEqualTo("你好，世界");
    assertThat(headers.fromName()).isEqualTo("李雷");
  }

  @Test
  void parseShouldLeaveBrokenHeadersEmptyInsteadOfFailing() throws Exception {
    MessageHeaders headers =
        parse("From: <<<not an address\r\nDate: yesterday-ish\r\nSubject: =?bogus?Q?x?=\r\n\r\n");

    assertThat(headers.sentDate()).isNull();
    assertThat(headers.subject()).isNotNull();
    assertThat(headers.multipartMixed()).isFalse();
  }

  @Test
  void parseShouldCutOverlongSubjectsWithoutSplittingSurrogates() throws Exception {
    String subject = "a".repeat(997) + "😀" + "tail";

    MessageHeaders headers = parse("Subject: " + subject + "\r\n\r\n");

    assertThat(headers.subject()).hasSize(997).isEqualTo("a".repeat(997));
  }

  private static MessageHeaders parse(String raw) throws Exception {
    return HeaderParser.parse(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
  }
}
