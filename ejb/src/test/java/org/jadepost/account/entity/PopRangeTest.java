package org.jadepost.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PopRangeTest {

  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  @Test
  void sinceShouldBeSevenDaysAgoForLastWeek() {
    assertThat(PopRange.LAST_WEEK.since(NOW)).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
  }

  @Test
  void sinceShouldIncludeEverythingForAll() {
    assertThat(PopRange.ALL.since(NOW)).isEqualTo(Instant.EPOCH);
  }
}
