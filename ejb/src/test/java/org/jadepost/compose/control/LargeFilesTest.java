package org.jadepost.compose.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.junit.jupiter.api.Test;

class LargeFilesTest {

  private static final OutgoingAttachment VIDEO =
      new OutgoingAttachment(
          "工厂 <video>.mp4",
          "video/mp4",
          60L << 20,
          new OutgoingAttachment.TransferLink(
              7,
              "https://mail.example/transfer/abc_DEF-123",
              Instant.parse("2026-12-12T10:00:00Z")));

  private static final OutgoingAttachment PART =
      new OutgoingAttachment(
          "a.pdf", "application/pdf", 10, new OutgoingAttachment.UploadedFile("x"));

  @Test
  void appendShouldResultInEnglishBlockWithLinkSizeAndExpiryWhenSenderChoseEnglish() {
    String html = LargeFiles.append("<p>Hi</p>", List.of(PART, VIDEO), "en");
    assertThat(html)
        .startsWith("<p>Hi</p>")
        .contains("Large files (download links)")
        .contains("工厂 &lt;video&gt;.mp4 (60.0 MB)")
        .contains("<a href=\"https://mail.example/transfer/abc_DEF-123\">")
        .contains("valid until 2026-12-1")
        .doesNotContain("大文件")
        .doesNotContain("a.pdf");
  }

  @Test
  void appendShouldResultInBothLanguagesWhenSenderChoseNone() {
    assertThat(LargeFiles.append("", List.of(VIDEO), ""))
        .contains("大文件（下载链接）", "有效期至", "Large files");
    assertThat(LargeFiles.append("", List.of(VIDEO), "zh")).doesNotContain("Large files");
  }

  @Test
  void appendShouldResultInUnchangedHtmlWhenThereIsNoLink() {
    assertThat(LargeFiles.append("<p>x</p>", List.of(PART), "en")).isEqualTo("<p>x</p>");
    assertThat(LargeFiles.isLink(PART)).isFalse();
    assertThat(LargeFiles.size(5L << 30)).isEqualTo("5.00 GB");
  }
}
