package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.jadepost.mailbox.entity.MessageAttachment;
import org.jadepost.mailbox.entity.ReadMessage;
import org.junit.jupiter.api.Test;

class MimeReaderTest {

  private static final String RELATED =
      "From: =?UTF-8?B?5p2O6Zu3?= <li@example.com>\r\n"
          + "To: wang@example.cn\r\n"
          + "Cc: zhao@example.cn\r\n"
          + "Subject: =?GBK?B?sai827Wl?=\r\n"
          + "Date: Fri, 27 Nov 2026 09:00:00 -0500 (EST)\r\n"
          + "Disposition-Notification-To: li@example.com\r\n"
          + "Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n"
          + "--m\r\nContent-Type: multipart/related; boundary=\"r\"\r\n\r\n"
          + "--r\r\nContent-Type: text/html; charset=GBK\r\nContent-Transfer-Encoding: base64\r\n\r\n"
          + "PHA+xOO6wzwvcD48aW1nIHNyYz0iY2lkOmxvZ28iPg==\r\n"
          + "--r\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\n"
          + "Content-Transfer-Encoding: base64\r\n\r\niVBORw==\r\n--r--\r\n"
          + "--m\r\nContent-Type: application/pdf; name=\"q.pdf\"\r\n"
          + "Content-Disposition: attachment; filename=\"q.pdf\"\r\n"
          + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--m--\r\n";

  @Test
  void readShouldDecodeHeadersBodyAndListPartsWhenMailIsMultipart() {
    ReadMessage read = MimeReader.read(3, 7, RELATED.getBytes(StandardCharsets.US_ASCII));

    assertThat(read.subject()).isEqualTo("报价单");
    assertThat(read.from()).isEqualTo("李雷 <li@example.com>");
    assertThat(read.cc()).isEqualTo("zhao@example.cn");
    assertThat(read.sent().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
    assertThat(read.html()).isEqualTo("<p>你好</p><img src=\"cid:logo\">");
    assertThat(read.receiptTo()).isEqualTo("li@example.com");
    assertThat(read.attachments())
        .extracting(
            MessageAttachment::name, MessageAttachment::contentType, MessageAttachment::inline)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("part-2", "image/png", true),
            org.assertj.core.groups.Tuple.tuple("q.pdf", "application/pdf", false));
    assertThat(read.downloads()).extracting(MessageAttachment::index).containsExactly(2);
  }

  @Test
  void partAndInlineShouldReturnDecodedBytesWhenIndexOrContentIdExists() {
    byte[] raw = RELATED.getBytes(StandardCharsets.US_ASCII);

    assertThat(MimeReader.part(raw, 2))
        .get()
        .satisfies(p -> assertThat(p.content()).startsWith('%', 'P', 'D', 'F'));
    assertThat(MimeReader.inline(raw, "logo"))
        .get()
        .extracting(p -> p.contentType())
        .isEqualTo("image/png");
    assertThat(MimeReader.part(raw, 9)).isEmpty();
    assertThat(MimeReader.inline(raw, "nope")).isEmpty();
  }

  @Test
  void readShouldShowTextWhenMimeIsBrokenOrCharsetUnknown() {
    String broken =
        "Subject: x\r\nContent-Type: multipart/mixed; boundary=\"q\"\r\n\r\n--q\r\n"
            + "Content-Type: text/plain; charset=x-unknown\r\n\r\nstill readable\r\n";

    ReadMessage read = MimeReader.read(1, 1, broken.getBytes(StandardCharsets.US_ASCII));

    assertThat(read.text()).contains("still readable");
    assertThat(read.sent()).isNull();
  }
}
