package org.jadepost.web.rest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jadepost.platform.entity.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ScheduleRequestTest {

  @Test
  void momentShouldReadAnOffsetOrZuluTime() {
    assertThat(new ScheduleRequest(null, "2026-12-01T09:30:00+08:00", null).moment().toInstant())
        .isEqualTo(Instant.parse("2026-12-01T01:30:00Z"));
    assertThat(new ScheduleRequest(null, " 2026-12-01T01:30:00Z ", null).moment().toInstant())
        .isEqualTo(Instant.parse("2026-12-01T01:30:00Z"));
  }

  @Test
  void zoneShouldBeTheNamedZoneOrElseTheOffset() {
    assertThat(new ScheduleRequest(null, "2026-12-01T09:30:00+08:00", "Asia/Shanghai").zone())
        .isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(new ScheduleRequest(null, "2026-12-01T09:30:00+08:00", " ").zone())
        .isEqualTo(ZoneOffset.ofHours(8));
  }

  @Test
  void badTimesAndZonesShouldBeRefusedWithTheirCodes() {
    assertThatThrownBy(() -> new ScheduleRequest(null, "2026-12-01T09:30", null).moment())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.code()).isEqualTo("schedule.sendat.invalid"));
    assertThatThrownBy(() -> new ScheduleRequest(null, null, null).zone())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.code()).isEqualTo("schedule.time.missing"));
    assertThatThrownBy(() -> new ScheduleRequest(null, "2026-12-01T01:30:00Z", "Mars/Base").zone())
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.code()).isEqualTo("schedule.zone.unknown"));
  }
}
