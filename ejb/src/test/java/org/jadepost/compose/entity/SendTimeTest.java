package org.jadepost.compose.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;

class SendTimeTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void ofShouldReadWallClockInChosenZoneWhenZoneIsShanghai() {
    SendTime t = SendTime.of(LocalDateTime.parse("2026-11-27T19:30"), "Asia/Shanghai", NOW);

    assertThat(t.instant()).isEqualTo(Instant.parse("2026-11-27T11:30:00Z"));
    assertThat(t.local().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-27T19:30"));
  }

  @Test
  void ofShouldRefusePastTimeWhenZoneMakesItPast() {
    // 17:30 in Shanghai is 09:30 UTC, half an hour before now.
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(
            () -> SendTime.of(LocalDateTime.parse("2026-11-27T17:30"), "Asia/Shanghai", NOW))
        .extracting(BusinessException::code)
        .isEqualTo("schedule.time.past");
  }

  @Test
  void ofShouldRefuseTimeWhenLessThanMinimumAhead() {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> SendTime.of(LocalDateTime.parse("2026-11-27T10:00:02"), "UTC", NOW))
        .extracting(BusinessException::code)
        .isEqualTo("schedule.time.past");
  }

  @Test
  void ofShouldRefuseTimeWhenMoreThanAYearAhead() {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> SendTime.of(LocalDateTime.parse("2028-01-01T00:00"), "UTC", NOW))
        .extracting(BusinessException::code)
        .isEqualTo("schedule.time.far");
  }

  @Test
  void ofShouldRefuseZoneWhenUnknown() {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> SendTime.of(LocalDateTime.parse("2026-11-28T10:00"), "Mars/Olympus", NOW))
        .extracting(BusinessException::code)
        .isEqualTo("schedule.zone.unknown");
  }

  @Test
  void ofShouldRefuseWhenNoTimeGiven() {
    assertThatExceptionOfType(InvalidRequestException.class)
        .isThrownBy(() -> SendTime.of(null, "UTC", NOW))
        .extracting(BusinessException::code)
        .isEqualTo("schedule.time.missing");
  }

  @Test
  void ofShouldTakeUtcWhenZoneIsBlank() {
    SendTime t = SendTime.of(LocalDateTime.parse("2026-11-27T12:00"), " ", NOW);

    assertThat(t.zone().getId()).isEqualTo("UTC");
  }
}
