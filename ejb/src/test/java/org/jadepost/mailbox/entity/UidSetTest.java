package org.jadepost.mailbox.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UidSetTest {

  @Test
  void ofShouldSortDropRepeatsAndNonPositiveUids() {
    UidSet set = UidSet.of(9, 3, 3, 0, -1, 100_000);

    assertThat(set.min()).isEqualTo(3);
    assertThat(set.max()).isEqualTo(100_000);
    assertThat(set.contains(9)).isTrue();
    assertThat(set.contains(4)).isFalse();
  }

  @Test
  void emptySetShouldDescribeAnEmptyRange() {
    UidSet set = UidSet.of();

    assertThat(set.isEmpty()).isTrue();
    assertThat(set.max()).isLessThan(set.min());
  }

  @Test
  void allShouldContainEveryUid() {
    assertThat(UidSet.ALL.contains(123_456_789L)).isTrue();
    assertThat(UidSet.ALL.max()).isEqualTo(Long.MAX_VALUE);
  }
}
