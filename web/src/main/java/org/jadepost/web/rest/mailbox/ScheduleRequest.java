package org.jadepost.web.rest.mailbox;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * A message to send later over REST (C4).
 *
 * @param message the message, as {@code POST /api/v1/mailbox/outbox} takes it
 * @param sendAt when it leaves: ISO-8601 with an offset, for example {@code
 *     2026-12-01T09:30:00+08:00} or {@code 2026-12-01T01:30:00Z}
 * @param timeZone the zone the time is shown in afterwards, for example {@code Asia/Shanghai}; the
 *     offset of {@code sendAt} when absent
 */
public record ScheduleRequest(OutgoingMessage message, String sendAt, String timeZone) {

  /** The zone named by {@code timeZone}, or the offset of {@code sendAt}. */
  public ZoneId zone() {
    if (timeZone == null || timeZone.isBlank()) {
      return moment().getOffset();
    }
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new InvalidRequestException(
          "schedule.zone.unknown", "Unknown time zone: " + timeZone, timeZone);
    }
  }

  /** {@code sendAt} parsed; a 400 {@code schedule.sendat.invalid} when missing or malformed. */
  public OffsetDateTime moment() {
    if (sendAt == null || sendAt.isBlank()) {
      throw new InvalidRequestException("schedule.time.missing", "sendAt is required");
    }
    try {
      return OffsetDateTime.parse(sendAt.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "schedule.sendat.invalid",
          "sendAt is not an ISO-8601 time with offset: " + sendAt,
          sendAt);
    }
  }
}
