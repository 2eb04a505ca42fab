package org.jadepost.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserPreferencesTest {

  @Test
  void fromBrowserShouldPickChineseForAnyChineseVariant() {
    assertThat(UserPreferences.fromBrowser(List.of(Locale.TRADITIONAL_CHINESE).iterator()))
        .isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void fromBrowserShouldTakeTheFirstSupportedLanguage() {
    assertThat(
            UserPreferences.fromBrowser(List.of(Locale.GERMAN, Locale.US, Locale.CHINA).iterator()))
        .isEqualTo(Locale.ENGLISH);
  }

  @Test
  void fromBrowserShouldFallBackToEnglish() {
    assertThat(UserPreferences.fromBrowser(List.of(Locale.JAPANESE).iterator()))
        .isEqualTo(Locale.ENGLISH);
  }
}
