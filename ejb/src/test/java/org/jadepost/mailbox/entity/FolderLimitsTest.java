package org.jadepost.mailbox.entity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.platform.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;

class FolderLimitsTest {

  @Test
  void requireRoomShouldAllowTheThreeHundredthFolderAndRefuseTheNext() {
    assertThatCode(() -> FolderLimits.requireRoom(299)).doesNotThrowAnyException();

    assertThatThrownBy(() -> FolderLimits.requireRoom(300))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("folder.limit.count");
  }

  @Test
  void requireDepthShouldAllowSixLevelsAndRefuseSeven() {
    assertThatCode(() -> FolderLimits.requireDepth(FolderPath.of("a/b/c/d/e/f")))
        .doesNotThrowAnyException();

    assertThatThrownBy(() -> FolderLimits.requireDepth(FolderPath.of("a/b/c/d/e/f/g")))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("folder.limit.depth");
  }

  @Test
  void requireDepthShouldCountTheLevelsOfAMovedSubtree() {
    assertThatCode(() -> FolderLimits.requireDepth(FolderPath.of("a/b/c/d"), 2))
        .doesNotThrowAnyException();

    assertThatThrownBy(() -> FolderLimits.requireDepth(FolderPath.of("a/b/c/d/e"), 2))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("6 levels");
  }
}
