package org.jadepost.mailbox.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.platform.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;

class FolderPathTest {

  @Test
  void ofShouldSpellInboxInUpperCaseAtTheTopOnly() {
    assertThat(FolderPath.of("inbox").value()).isEqualTo("INBOX");
    assertThat(FolderPath.of("Inbox/客户").value()).isEqualTo("INBOX/客户");
    assertThat(FolderPath.of("Work/inbox").value()).isEqualTo("Work/inbox");
  }

  @Test
  void ofShouldDropOneTrailingDelimiter() {
    assertThat(FolderPath.of("项目/2026/").value()).isEqualTo("项目/2026");
  }

  @Test
  void ofShouldRefuseEmptyLevelsWildcardsAndControlCharacters() {
    for (String bad : new String[] {"", "/", "a//b", "a/*", "50%", "a\tb", " a", "x".repeat(201)}) {
      assertThatThrownBy(() -> FolderPath.of(bad))
          .as(bad)
          .isInstanceOf(InvalidRequestException.class);
    }
  }

  @Test
  void parentAndLeafShouldFollowTheDelimiter() {
    FolderPath path = FolderPath.of("项目/2026/报价");

    assertThat(path.leaf()).isEqualTo("报价");
    assertThat(path.parent()).contains(new FolderPath("项目/2026"));
    assertThat(FolderPath.of("Top").parent()).isEmpty();
  }

  @Test
  void withinShouldNotConfuseSiblingsWithAPrefix() {
    assertThat(FolderPath.of("a/b").within(FolderPath.of("a"))).isTrue();
    assertThat(FolderPath.of("ab").within(FolderPath.of("a"))).isFalse();
    assertThat(FolderPath.of("a").within(FolderPath.of("a"))).isTrue();
  }
}
