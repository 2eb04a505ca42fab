package org.jadepost.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

  private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");

  @Test
  void dateShouldSpeakChineseWhenTheUserDoes() {
    String day = LocalDate.ofInstant(NOON, DisplayFormat.ZONE).getDayOfMonth() + "日";

    assertThat(DisplayFormat.date(NOON, Locale.SIMPLIFIED_CHINESE))
        .startsWith("2026年11月")
        .contains(day)
        .doesNotContain("T", "Z");
  }

  @Test
  void dateShouldSpeakEnglishWhenTheUserDoes() {
    assertThat(DisplayFormat.date(NOON, Locale.ENGLISH))
        .startsWith("Nov ")
        .contains(", 2026, ")
        .doesNotContain("2026-11");
  }

  @Test
  void sizeShouldUseBytesKilobytesOrMegabytes() {
    DisplayFormat format = new DisplayFormat();

    assertThat(format.size(900)).isEqualTo("900 B");
    assertThat(format.size(1025)).isEqualTo("2 KB");
    assertThat(format.size(3 * 1024 * 1024 + 512 * 1024)).isEqualTo("3.5 MB");
  }
}
