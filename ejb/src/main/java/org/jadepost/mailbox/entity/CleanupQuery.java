package org.jadepost.mailbox.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What a cleanup scan looks for (FEATURES K1): messages in the chosen folders, received within a
 * date range, of a size range, with a subject containing some text. Absent bounds do not limit.
 *
 * @param folderIds the folders to scan; at least one
 * @param from the first day received (inclusive), in {@code zone}
 * @param to the last day received (inclusive), in {@code zone}
 * @param minBytes the smallest size
 * @param maxBytes the largest size
 * @param subject text the subject contains, ignoring case
 */
public record CleanupQuery(
    List<Long> folderIds,
    LocalDate from,
    LocalDate to,
    Long minBytes,
    Long maxBytes,
    String subject) {

  /** The folder ids, none when absent. */
  public List<Long> folders() {
    return folderIds == null ? List.of() : folderIds;
  }
}
