package org.jadepost.compose.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jadepost.platform.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;

class AddressesTest {

  @Test
  void pastedListsShouldSplitOnCommasSemicolonsNewLinesAndChinesePunctuation() {
    List<String> split =
        Addresses.split(
            List.of("a@x.cn, b@x.cn;c@x.cn\nd@x.cn，e@x.cn；\"Li, Lei\" <li@x.cn>", " ", ""));

    assertThat(split)
        .containsExactly("a@x.cn", "b@x.cn", "c@x.cn", "d@x.cn", "e@x.cn", "\"Li, Lei\" <li@x.cn>");
  }

  @Test
  void badAddressesShouldBeNamedInTheError() {
    assertThat(Addresses.valid("王芳 <wang@example.com>")).isTrue();
    assertThat(Addresses.valid("wang@localhost")).isFalse();
    assertThat(Addresses.valid("not an address")).isFalse();
    assertThatThrownBy(() -> Addresses.parse(List.of("ok@x.cn, broken@")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("broken@")
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("compose.address.invalid");
  }

  @Test
  void bareShouldDropTheNameAndLowerTheDomain() {
    assertThat(Addresses.bare("王芳 <Wang@Example.COM>")).isEqualTo("Wang@example.com");
  }
}
