package org.jadepost.compose.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.jadepost.compose.entity.Draft;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.junit.jupiter.api.Test;

class DraftLinksTest {

  private static final OutgoingAttachment VIDEO =
      new OutgoingAttachment(
          "工厂视频.mp4",
          "video/mp4",
          62_914_560,
          new OutgoingAttachment.TransferLink(
              42, "https://mail.example.cn/transfer/AbC-12_x", Instant.now()));

  private static String write(boolean asDraft) throws IOException {
    Draft draft =
        new Draft(
            null,
            "li@example.cn",
            List.of("bob@example.org"),
            List.of(),
            List.of(),
            "Video",
            "<p>see link</p>",
            false,
            null,
            null,
            List.of(VIDEO));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MimeComposer.write(
        draft,
        ComposedHtml.prepare(draft.html(), "example.cn"),
        List.of(),
        new MimeComposer.Envelope("李雷", "<id@example.cn>", ZonedDateTime.now(), asDraft, ""),
        out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static InternetHeaders headers(String raw) throws MessagingException {
    return new InternetHeaders(new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void draftShouldRememberItsLinkAndGiveItBack() throws Exception {
    String raw = write(true);

    assertThat(DraftLinks.read(headers(raw)))
        .containsExactly(new DraftLinks.Saved(42, "https://mail.example.cn/transfer/AbC-12_x"));
  }

  @Test
  void sentMessageShouldNotCarryTheHeader() throws Exception {
    String raw = write(false);

    assertThat(raw).doesNotContain(DraftLinks.HEADER);
    assertThat(DraftLinks.read(headers(raw))).isEmpty();
  }

  @Test
  void malformedHeadersShouldBeLeftOut() throws Exception {
    String raw =
        DraftLinks.HEADER
            + ": x https://a/transfer/t\r\n"
            + DraftLinks.HEADER
            + ": 7 javascript:alert(1)\r\n"
            + DraftLinks.HEADER
            + ": 8\r\n"
            + DraftLinks.HEADER
            + ": 9 https://a/transfer/t\r\n\r\n";

    assertThat(DraftLinks.read(headers(raw)))
        .containsExactly(new DraftLinks.Saved(9, "https://a/transfer/t"));
  }
}
