package org.jadepost.compose.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import org.jadepost.compose.entity.Draft;
import org.jadepost.mailbox.control.MimeReader;
import org.jadepost.mailbox.entity.MessageAttachment;
import org.jadepost.mailbox.entity.ReadMessage;
import org.junit.jupiter.api.Test;

class MimeComposerTest {

  private static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUg==");

  private static Draft draft(String html, boolean receipt) {
    return new Draft(
        null,
        "li@example.cn",
        List.of("王芳 <wang@example.com>", "bob@example.org"),
        List.of("zhao@example.cn"),
        List.of("secret@example.net"),
        "报价单 Quotation",
        html,
        receipt,
        "<orig@example.com>",
        "<root@example.com> <orig@example.com>",
        List.of());
  }

  private static String write(Draft draft, List<MimeComposer.File> files, boolean withBcc)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MimeComposer.write(
        draft,
        ComposedHtml.prepare(draft.html(), "example.cn"),
        files,
        new MimeComposer.Envelope(
            "李雷", "<fixed@example.cn>", ZonedDateTime.now(), withBcc, "desk@example.cn"),
        out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sentMessageShouldCarryEncodedHeadersThreadAndBothAlternativesButNoBcc() throws IOException {
    String raw = write(draft("<p>您好 <b>Bob</b></p>", true), List.of(), false);

    assertThat(raw).doesNotContain("secret@example.net").doesNotContain("报价单");
    assertThat(raw)
        .contains("Message-ID: <fixed@example.cn>")
        .contains("In-Reply-To: <orig@example.com>")
        .contains("References: <root@example.com> <orig@example.com>")
        .contains("Disposition-Notification-To: li@example.cn")
        .contains("Reply-To: desk@example.cn")
        .contains("multipart/alternative");
    ReadMessage read = MimeReader.read(1, 1, raw.getBytes(StandardCharsets.UTF_8));
    assertThat(read.subject()).isEqualTo("报价单 Quotation");
    assertThat(read.from()).contains("李雷").contains("li@example.cn");
    assertThat(read.to()).contains("王芳").contains("wang@example.com").contains("bob@example.org");
    assertThat(read.cc()).contains("zhao@example.cn");
    assertThat(read.html()).contains("您好").contains("<b>Bob</b>");
    assertThat(read.text()).contains("您好 Bob");
  }

  @Test
  void draftShouldKeepBccAndNoReceiptWhenNotAsked() throws IOException {
    String raw = write(draft("<p>x</p>", false), List.of(), true);

    assertThat(raw).contains("Bcc: secret@example.net").doesNotContain("Disposition-Notification");
  }

  @Test
  void pastedImageShouldBecomeAnInlinePartTheHtmlRefersTo() throws IOException {
    String pasted =
        "<p>logo:</p><img src=\"data:image/png;base64,"
            + Base64.getEncoder().encodeToString(PNG)
            + "\">";

    String raw = write(draft(pasted, false), List.of(), false);

    ReadMessage read = MimeReader.read(1, 1, raw.getBytes(StandardCharsets.UTF_8));
    assertThat(raw).contains("multipart/related").doesNotContain("data:image");
    MessageAttachment image = read.attachments().get(0);
    assertThat(image.inline()).isTrue();
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(read.html()).contains("cid:" + image.contentId());
    assertThat(
            MimeReader.part(raw.getBytes(StandardCharsets.UTF_8), image.index())
                .orElseThrow()
                .content())
        .isEqualTo(PNG);
  }

  @Test
  void filesShouldKeepChineseNamesAndTheirBytes() throws IOException {
    byte[] pdf = "%PDF-1.4 报价".getBytes(StandardCharsets.UTF_8);
    byte[] inner =
        "From: a@example.com\r\nSubject: inner\r\n\r\nforwarded body\r\n"
            .getBytes(StandardCharsets.UTF_8);
    List<MimeComposer.File> files =
        List.of(
            new MimeComposer.File(
                "报价单.pdf", "application/pdf", new ByteArrayDataSource(pdf, "application/pdf")),
            new MimeComposer.File(
                "inner.eml", "message/rfc822", new ByteArrayDataSource(inner, "message/rfc822")));

    byte[] raw =
        write(draft("<p>see files</p>", false), files, false).getBytes(StandardCharsets.UTF_8);

    ReadMessage read = MimeReader.read(1, 1, raw);
    assertThat(read.attachments()).extracting(MessageAttachment::name).contains("报价单.pdf");
    MessageAttachment first =
        read.attachments().stream()
            .filter(a -> a.name().equals("报价单.pdf"))
            .findFirst()
            .orElseThrow();
    assertThat(MimeReader.part(raw, first.index()).orElseThrow().content()).isEqualTo(pdf);
    assertThat(new String(raw, StandardCharsets.UTF_8))
        .contains("Content-Type: message/rfc822")
        .contains("forwarded body");
  }
}
