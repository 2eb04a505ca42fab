package org.jadepost.compose.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * When a scheduled message leaves (C4): a wall-clock date and time in the zone the user chose. A
 * time that is not at least {@link #MIN_AHEAD} ahead, or more than {@link #MAX_AHEAD} ahead, is
 * refused.
 *
 * @param instant the moment it leaves
 * @param zone the zone the user chose, to show the time as he wrote it
 */
public record SendTime(Instant instant, ZoneId zone) implements Serializable {

  /** How far ahead a scheduled time must be, so that it is not already past when it is stored. */
  public static final Duration MIN_AHEAD = Duration.ofSeconds(5);

  /** How far ahead a message may be scheduled. */
  public static final Duration MAX_AHEAD = Duration.ofDays(366);

  /**
   * The moment {@code local} in zone {@code zoneId}, checked against {@code now}; a wall-clock time
   * skipped by a daylight-saving change moves forward as {@link ZonedDateTime#of} does.
   */
  public static SendTime of(LocalDateTime local, String zoneId, Instant now) {
    if (local == null) {
      throw new InvalidRequestException("schedule.time.missing", "No time given");
    }
    ZoneId zone = zone(zoneId);
    Instant at = ZonedDateTime.of(local, zone).toInstant();
    if (at.isBefore(now.plus(MIN_AHEAD))) {
      throw new InvalidRequestException(
          "schedule.time.past", "The time is past: " + local + " " + zone, local.toString());
    }
    if (at.isAfter(now.plus(MAX_AHEAD))) {
      throw new InvalidRequestException(
          "schedule.time.far", "Too far ahead: " + local + " " + zone, local.toString());
    }
    return new SendTime(at, zone);
  }

  /** This time as the user wrote it. */
  public ZonedDateTime local() {
    return instant.atZone(zone);
  }

  private static ZoneId zone(String zoneId) {
    try {
      return ZoneId.of(zoneId == null || zoneId.isBlank() ? "UTC" : zoneId);
    } catch (java.time.DateTimeException e) {
      throw new InvalidRequestException(
          "schedule.zone.unknown", "Unknown time zone: " + zoneId, String.valueOf(zoneId));
    }
  }
}
