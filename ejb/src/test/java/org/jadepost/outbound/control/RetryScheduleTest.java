package org.jadepost.outbound.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static final Instant QUEUED = Instant.parse("2026-01-01T00:00:00Z");
  private final RetrySchedule schedule = new RetrySchedule(Duration.ofDays(5));

  @Test
  void nextShouldBackOffOneFiveFifteenThirtySixtyMinutesThenEveryTwoHours() {
    Instant now = QUEUED;
    long[] expectedMinutes = {1, 5, 15, 30, 60, 120, 120};
    for (int attempt = 1; attempt <= expectedMinutes.length; attempt++) {
      Instant next = schedule.next(QUEUED, attempt, now).orElseThrow();
      assertThat(Duration.between(now, next).toMinutes()).isEqualTo(expectedMinutes[attempt - 1]);
      now = next;
    }
  }

  @Test
  void nextShouldFallOnTheEndOfThePeriodWhenTheDelayWouldPassIt() {
    RetrySchedule brief = new RetrySchedule(Duration.ofSeconds(20));

    assertThat(brief.next(QUEUED, 1, QUEUED.plusSeconds(1))).contains(QUEUED.plusSeconds(20));
  }

  @Test
  void nextShouldBeEmptyWhenThePeriodHasRunOut() {
    assertThat(schedule.next(QUEUED, 40, QUEUED.plus(Duration.ofDays(5)))).isEmpty();
  }
}
