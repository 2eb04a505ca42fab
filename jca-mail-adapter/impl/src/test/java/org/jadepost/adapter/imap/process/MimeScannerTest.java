package org.jadepost.adapter.imap.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jadepost.adapter.api.imap.MessageContent;
import org.jadepost.adapter.imap.request.FetchItem;
import org.jadepost.adapter.imap.response.ImapValue;
import org.junit.jupiter.api.Test;

class MimeScannerTest {

  private static final String MESSAGE =
      "From: Bob <bob@example.net>\r\n"
          + "Subject: parts\r\n"
          + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
          + "\r\n"
          + "preamble\r\n"
          + "--outer\r\n"
          + "Content-Type: text/plain; charset=utf-8\r\n"
          + "\r\n"
          + "你好\r\n"
          + "second line\r\n"
          + "--outer\r\n"
          + "Content-Type: message/rfc822\r\n"
          + "\r\n"
          + "Subject: inner\r\n"
          + "Content-Type: multipart/alternative; boundary=inner\r\n"
          + "\r\n"
          + "--inner\r\n"
          + "\r\n"
          + "plain\r\n"
          + "--inner\r\n"
          + "Content-Type: text/html\r\n"
          + "\r\n"
          + "<b>html</b>\r\n"
          + "--inner--\r\n"
          + "--outer--\r\n"
          + "epilogue\r\n";

  private static final byte[] BYTES = MESSAGE.getBytes(StandardCharsets.UTF_8);

  @Test
  void scanShouldFindNestedPartsWhenMultipartHoldsAMessage() throws IOException {
    MimePart message = MimeScanner.scan(new ByteArrayInputStream(BYTES));

    assertThat(message.end).isEqualTo(BYTES.length);
    assertThat(message.children).hasSize(2);
    MimePart text = message.children.get(0);
    assertThat(text.type + "/" + text.subtype).isEqualTo("text/plain");
    assertThat(slice(text.bodyStart, text.end)).isEqualTo("你好\r\nsecond line");
    assertThat(text.bodyLines).isEqualTo(1);
    MimePart attached = message.children.get(1);
    assertThat(attached.message()).isTrue();
    MimePart inner = attached.children.get(0);
    assertThat(inner.header("Subject")).isEqualTo("inner");
    assertThat(inner.children).hasSize(2);
    assertThat(slice(inner.children.get(1).bodyStart, inner.children.get(1).end))
        .isEqualTo("<b>html</b>");
    assertThat(slice(attached.bodyStart, attached.end))
        .startsWith("Subject: inner")
        .endsWith("--inner--");
    assertThat(attached.bodyLines).isEqualTo(10);
  }

  @Test
  void sectionShouldStreamTheRangeOfANestedPartWithPartial() throws IOException {
    MimePart message = MimeScanner.scan(new ByteArrayInputStream(BYTES));
    FetchItem item =
        new FetchItem(FetchItem.Kind.SECTION, List.of(2, 2), "", List.of(), true, 3, 4);

    ImapValue value = BodySections.section(message, item, content());

    assertThat(value).isInstanceOf(ImapValue.Streamed.class);
    ImapValue.Streamed streamed = (ImapValue.Streamed) value;
    assertThat(slice(streamed.offset(), streamed.offset() + streamed.length())).isEqualTo("html");
  }

  @Test
  void sectionShouldComeFromTheKeptHeaderWhenItIsTheInnerMessagesHeader() throws IOException {
    MimePart message = MimeScanner.scan(new ByteArrayInputStream(BYTES));
    FetchItem item =
        new FetchItem(FetchItem.Kind.SECTION, List.of(2), "HEADER", List.of(), true, -1, 0);

    ImapValue value = BodySections.section(message, item, content());

    assertThat(new String(((ImapValue.Str) value).bytes(), StandardCharsets.UTF_8))
        .isEqualTo("Subject: inner\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n");
  }

  @Test
  void scanHeaderShouldStopAfterTheHeaderWhenOnlyTheHeaderIsNeeded() throws IOException {
    MimePart message = MimeScanner.scanHeader(new ByteArrayInputStream(BYTES));

    assertThat(message.header("Subject")).isEqualTo("parts");
    assertThat(message.children).isEmpty();
    assertThat(message.bodyStart).isEqualTo(MESSAGE.indexOf("preamble"));
  }

  @Test
  void scanHeaderShouldKeepAHeaderLongerThanItsReadBufferWhole() throws IOException {
    StringBuilder header = new StringBuilder();
    for (int i = 0; header.length() < 3 * MimeScanner.HEADER_BUFFER; i++) {
      header
          .append("Received: from relay")
          .append(i)
          .append(".example by mx.example;\r\n\tfolded\r\n");
    }
    String message = header + "Subject: =?UTF-8?B?5oql5Lu35Y2V?=\r\n\r\nbody\r\n";
    byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);

    MimePart part = MimeScanner.scanHeader(new ByteArrayInputStream(bytes));

    assertThat(new String(part.header, StandardCharsets.US_ASCII))
        .isEqualTo(message.substring(0, message.indexOf("body")));
    assertThat(part.header("Subject")).isEqualTo("=?UTF-8?B?5oql5Lu35Y2V?=");
    assertThat(part.header("Received")).isEqualTo("from relay0.example by mx.example;\tfolded");
    assertThat(part.bodyStart).isEqualTo(message.indexOf("body"));
  }

  @Test
  void scanShouldTreatEverythingAsHeaderWhenThereIsNoEmptyLine() throws IOException {
    byte[] bytes = "Subject: only\r\nX: y".getBytes(StandardCharsets.US_ASCII);

    MimePart message = MimeScanner.scan(new ByteArrayInputStream(bytes));

    assertThat(message.bodyStart).isEqualTo(bytes.length);
    assertThat(message.end).isEqualTo(bytes.length);
    assertThat(message.header("X")).isEqualTo("y");
  }

  @Test
  void scanShouldKeepOnlyTheLineStartWhenABodyLineIsHuge() throws IOException {
    byte[] bytes =
        ("Subject: big\r\n\r\n" + "A".repeat(3_000_000) + "\r\nend")
            .getBytes(StandardCharsets.US_ASCII);

    MimePart message = MimeScanner.scan(new ByteArrayInputStream(bytes));

    assertThat(message.bodySize()).isEqualTo(3_000_005);
    assertThat(message.bodyLines).isEqualTo(1);
    assertThat(message.header.length).isEqualTo(16);
  }

  private static String slice(long from, long to) {
    return new String(BYTES, (int) from, (int) (to - from), StandardCharsets.UTF_8);
  }

  private static MessageContent content() {
    return () -> new ByteArrayInputStream(BYTES);
  }
}
