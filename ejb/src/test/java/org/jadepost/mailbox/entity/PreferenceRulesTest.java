package org.jadepost.mailbox.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.platform.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PreferenceRulesTest {

  @Test
  void valuesShouldBeNormalisedWhenOffered() {
    assertThat(PreferenceRules.pageSize(50)).isEqualTo(50);
    assertThat(PreferenceRules.language(" ZH ")).isEqualTo("zh");
    assertThat(PreferenceRules.language("")).isEmpty();
    assertThat(PreferenceRules.font("kai")).isEqualTo("KAI");
    assertThat(PreferenceRules.prefixStyle("zh")).isEqualTo("ZH");
    assertThat(PreferenceRules.replyTo(" boss@example.com ")).isEqualTo("boss@example.com");
    assertThat(PreferenceRules.replyTo("")).isEmpty();
  }

  @Test
  void valuesShouldBeRefusedWithTheirOwnCodeWhenNotOffered() {
    assertCode(() -> PreferenceRules.pageSize(30), "settings.pagesize.invalid");
    assertCode(() -> PreferenceRules.language("fr"), "settings.language.invalid");
    assertCode(() -> PreferenceRules.font("Comic"), "settings.font.invalid");
    assertCode(() -> PreferenceRules.fontSize(11), "settings.fontsize.invalid");
    assertCode(() -> PreferenceRules.fontSize(21), "settings.fontsize.invalid");
    assertCode(() -> PreferenceRules.prefixStyle("DE"), "settings.prefix.invalid");
    assertCode(() -> PreferenceRules.replyTo("not an address"), "settings.replyto.invalid");
  }

  @Test
  void prefixesShouldFollowTheStyle() {
    WebmailPreferences chinese =
        new WebmailPreferences(20, "", "DEFAULT", 14, true, "ZH", "", true, true);

    assertThat(chinese.replyPrefix()).isEqualTo("回复:");
    assertThat(chinese.forwardPrefix()).isEqualTo("转发:");
    assertThat(WebmailPreferences.DEFAULTS.replyPrefix()).isEqualTo("Re:");
  }

  private static void assertCode(Runnable call, String code) {
    assertThatThrownBy(call::run)
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo(code);
  }
}
