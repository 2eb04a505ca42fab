package org.jadepost.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jadepost.delivery.entity.Acceptance;
import org.jadepost.platform.entity.BlobRef;
import org.junit.jupiter.api.Test;

class AcceptanceCodecTest {

  @Test
  void anAcceptanceShouldSurviveTheJournalLineFormatUnchanged() {
    Acceptance original =
        new Acceptance(
            "0123456789abcdef",
            "SUBMISSION",
            150L,
            new BlobRef("a".repeat(64), 1234),
            List.of(200L, 250L),
            List.of(300L),
            true,
            new BlobRef("b".repeat(64), 1200),
            "王@例子.中国",
            List.of("carol@partner.example", "d\"quote@x.example"));

    byte[] line = AcceptanceCodec.accepted(original);

    String text = new String(line, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n").doesNotContain("\r");
    assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
    JsonObject parsed = AcceptanceCodec.parse(text.strip());
    assertThat(AcceptanceCodec.isCancel(parsed)).isFalse();
    assertThat(AcceptanceCodec.acceptance(parsed)).isEqualTo(original);
  }

  @Test
  void mxAcceptanceWithoutSenderOrRemoteCopyShouldRoundTrip() {
    Acceptance mx =
        new Acceptance(
            "fedcba9876543210",
            "MX",
            null,
            new BlobRef("c".repeat(64), 10),
            List.of(50L),
            List.of(),
            false,
            null,
            "",
            List.of());

    JsonObject parsed =
        AcceptanceCodec.parse(new String(AcceptanceCodec.accepted(mx), StandardCharsets.UTF_8));

    assertThat(AcceptanceCodec.acceptance(parsed)).isEqualTo(mx);
  }

  @Test
  void aCancelAndATornLineShouldBeRecognised() {
    JsonObject cancel =
        AcceptanceCodec.parse(new String(AcceptanceCodec.cancelled("x1"), StandardCharsets.UTF_8));
    assertThat(AcceptanceCodec.isCancel(cancel)).isTrue();
    assertThat(cancel.getString("id")).isEqualTo("x1");
    assertThat(AcceptanceCodec.parse("{\"op\":\"accept\",\"id\":\"cut sh")).isNull();
  }
}
