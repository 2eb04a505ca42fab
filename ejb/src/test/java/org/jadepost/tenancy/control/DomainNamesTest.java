package org.jadepost.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.platform.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNamesTest {

  @Test
  void normalizeShouldLowerCaseAndDropTrailingDot() {
    assertThat(DomainNames.normalize(" Example.COM. ")).isEqualTo("example.com");
  }

  @Test
  void normalizeShouldTurnChineseNamesIntoALabels() {
    assertThat(DomainNames.normalize("例子.中国")).isEqualTo("xn--fsqu00a.xn--fiqs8s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "localhost", "-bad.com", "bad-.com", "a..b", "a_b.com", "x y.com"})
  void normalizeShouldRejectWhenNotAHostName(String input) {
    assertThatThrownBy(() -> DomainNames.normalize(input))
        .isInstanceOf(InvalidRequestException.class)
        .extracting("code")
        .isEqualTo("domain.name.invalid");
  }

  @Test
  void normalizeShouldRejectWhenLabelLongerThan63() {
    assertThatThrownBy(() -> DomainNames.normalize("a".repeat(64) + ".com"))
        .isInstanceOf(InvalidRequestException.class);
  }
}
