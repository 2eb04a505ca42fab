package org.jadepost.web.rest.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.web.rest.platform.LocalizedError;
import org.junit.jupiter.api.Test;

class ContentRangeTest {

  @Test
  void parseShouldResultInHalfOpenRangeWhenHeaderIsValid() {
    assertThat(ContentRange.parse("bytes 0-9/100", 100)).containsExactly(0, 10);
    assertThat(ContentRange.parse("bytes 90-99/100", 100)).containsExactly(90, 100);
  }

  @Test
  void parseShouldResultInWholeFileWhenHeaderIsMissing() {
    assertThat(ContentRange.parse(null, 42)).containsExactly(0, 42);
  }

  @Test
  void parseShouldFailWhenRangeLeavesTheFileOrTotalDiffers() {
    for (String bad :
        new String[] {"bytes 0-100/100", "bytes 5-4/100", "bytes 0-9/99", "bytes=0-9", "x"}) {
      assertThatThrownBy(() -> ContentRange.parse(bad, 100))
          .as(bad)
          .isInstanceOf(InvalidRequestException.class)
          .hasFieldOrPropertyWithValue("code", "transfer.range.invalid");
    }
  }

  @Test
  void textShouldResultInChineseWhenAcceptLanguagePrefersChinese() {
    assertThat(LocalizedError.text("error.transfer.notfound", LocalizedError.locale("zh-CN,en")))
        .isEqualTo("您的文件中转站中没有这个文件。");
    assertThat(LocalizedError.text("error.transfer.notfound", LocalizedError.locale("en-US")))
        .isEqualTo("No such file in your transfer station.");
    assertThat(LocalizedError.locale(null)).isEqualTo(Locale.ROOT);
  }
}
