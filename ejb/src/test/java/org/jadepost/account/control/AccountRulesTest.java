package org.jadepost.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.platform.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

  @Test
  void localPartShouldBeLowerCasedAndTrimmed() {
    assertThat(AccountRules.localPart("  Alice.Wang ")).isEqualTo("alice.wang");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".alice", "alice.", "al..ice", "a b", "a@b", "a\r\nRCPT"})
  void localPartShouldRejectWhenNotADotAtom(String input) {
    assertThatThrownBy(() -> AccountRules.localPart(input))
        .isInstanceOf(InvalidRequestException.class)
        .extracting("code")
        .isEqualTo("account.localpart.invalid");
  }

  @Test
  void localPartShouldRejectWhenLongerThan64() {
    assertThatThrownBy(() -> AccountRules.localPart("a".repeat(65)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"short1", "lettersonly", "12345678", "alice123"})
  void checkPasswordShouldRejectWhenWeakOrSameAsLogin(String password) {
    assertThatThrownBy(() -> AccountRules.checkPassword(password, "alice123"))
        .isInstanceOf(InvalidRequestException.class)
        .extracting("code")
        .isEqualTo("account.password.weak");
  }

  @Test
  void checkPasswordShouldAcceptLettersAndDigitsIncludingChinese() {
    AccountRules.checkPassword("密码很安全2026", "alice");
    AccountRules.checkPassword("correct horse 9", "alice");
  }

  @Test
  void displayNameShouldFallBackToLocalPartAndKeepChinese() {
    assertThat(AccountRules.displayName("  ", "alice")).isEqualTo("alice");
    assertThat(AccountRules.displayName("王小明", "alice")).isEqualTo("王小明");
    assertThatThrownBy(() -> AccountRules.displayName("a\nb", "alice"))
        .isInstanceOf(InvalidRequestException.class);
  }
}
