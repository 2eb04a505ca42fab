package org.jadepost.adapter.imap.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UidSetsTest {

  @Test
  void formatShouldJoinRunsWhenUidsAreConsecutive() {
    assertThat(UidSets.format(new long[] {1, 2, 3, 7, 9, 10})).isEqualTo("1:3,7,9:10");
  }

  @Test
  void gapsShouldListWhatIsMissingWhenRangesCoverPresentUids() {
    long[] present = {2, 3, 7, 20};

    assertThat(UidSets.gaps(List.of(new long[] {1, 10}, new long[] {15, 100}), 21, present))
        .isEqualTo("1,4:6,8:10,15:19,21");
  }

  @Test
  void gapsShouldBeEmptyWhenEveryUidIsPresent() {
    assertThat(UidSets.gaps(List.of(new long[] {2, 3}), 3, new long[] {1, 2, 3})).isEmpty();
  }

  @Test
  void containsShouldFindUidWhenOneRangeHoldsIt() {
    List<long[]> ranges = List.of(new long[] {1, 3}, new long[] {8, 9});

    assertThat(UidSets.contains(ranges, 8)).isTrue();
    assertThat(UidSets.contains(ranges, 5)).isFalse();
  }
}
