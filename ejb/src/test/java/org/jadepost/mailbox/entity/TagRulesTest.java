package org.jadepost.mailbox.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.platform.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;

class TagRulesTest {

  @Test
  void requireRoomShouldAllowTheTwentiethTagAndRefuseTheNext() {
    assertThatCode(() -> TagRules.requireRoom(19)).doesNotThrowAnyException();

    assertThatThrownBy(() -> TagRules.requireRoom(20))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("tag.limit.count");
  }

  @Test
  void keywordShouldBeTheNameWhenItIsAnAtomAndATagIdOtherwise() {
    assertThat(TagRules.keyword("Urgent", 51)).isEqualTo("Urgent");
    assertThat(TagRules.keyword("$Work_2026", 51)).isEqualTo("$Work_2026");
    assertThat(TagRules.keyword("重要", 51)).isEqualTo("$Tag51");
    assertThat(TagRules.keyword("two words", 52)).isEqualTo("$Tag52");
    assertThat(TagRules.keyword("\\Seen", 53)).isEqualTo("$Tag53");
    assertThat(TagRules.keyword("a(b", 54)).isEqualTo("$Tag54");
    assertThat(TagRules.keyword("50%", 55)).isEqualTo("$Tag55");
    assertThat(TagRules.keyword("x]", 56)).isEqualTo("$Tag56");
  }

  @Test
  void colourShouldBeKeptAsLowerCaseHexAndRefusedOtherwise() {
    assertThat(TagRules.colour("#FF8800")).isEqualTo("#ff8800");
    assertThat(TagRules.colour("00aa11")).isEqualTo("#00aa11");

    assertThatThrownBy(() -> TagRules.colour("red"))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("tag.colour.invalid");
  }

  @Test
  void nameShouldBeStrippedAndRefusedWhenEmptyOrTooLong() {
    assertThat(TagRules.name("  客户 ")).isEqualTo("客户");

    assertThatThrownBy(() -> TagRules.name(" ")).hasMessageContaining("Not a valid tag name");
    assertThatThrownBy(() -> TagRules.name("x".repeat(41)))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> TagRules.name("a\tb")).isInstanceOf(InvalidRequestException.class);
  }
}
