package org.jadepost.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientCodeFormatTest {

  @Test
  void generateShouldGiveSixteenLowerCaseLettersDifferentEachTime() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String code = ClientCodeFormat.generate();
      assertThat(code).matches("[a-z]{16}");
      seen.add(code);
    }
    assertThat(seen).hasSize(200);
  }

  @Test
  void normalizeShouldAcceptSpacesDashesAndUpperCase() {
    assertThat(ClientCodeFormat.normalize("ABCD efgh-ijkl MNOP")).contains("abcdefghijklmnop");
  }

  @Test
  void normalizeShouldRefuseWhatCannotBeACode() {
    assertThat(ClientCodeFormat.normalize("Secret2024pw")).isEmpty();
    assertThat(ClientCodeFormat.normalize("abcdefghijklmno1")).isEmpty();
    assertThat(ClientCodeFormat.normalize("abcdefghijklmnopq")).isEmpty();
    assertThat(ClientCodeFormat.normalize(null)).isEmpty();
  }

  @Test
  void hintShouldBeFourHexDigitsEqualForTheSameCode() {
    assertThat(ClientCodeFormat.hint("abcdefghijklmnop"))
        .matches("[0-9a-f]{4}")
        .isEqualTo(ClientCodeFormat.hint("abcdefghijklmnop"))
        .isNotEqualTo(ClientCodeFormat.hint("abcdefghijklmnoq"));
  }
}
