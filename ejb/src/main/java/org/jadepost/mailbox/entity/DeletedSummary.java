package org.jadepost.mailbox.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Read model of emptied mail on the restore page and in REST.
 *
 * @param id the entry's id, to restore it by
 * @param folderPath the folder it was emptied from
 * @param subject its subject
 * @param fromAddress its sender
 * @param sizeBytes its size
 * @param internalDate when it arrived
 * @param deletedAt when it was emptied
 * @param restorableUntil when it is purged
 */
public record DeletedSummary(
    long id,
    String folderPath,
    String subject,
    String fromAddress,
    long sizeBytes,
    Instant internalDate,
    Instant deletedAt,
    Instant restorableUntil) {

  /** The summary of {@code entry}. */
  public static DeletedSummary of(DeletedMail entry) {
    return new DeletedSummary(
        entry.getId(),
        entry.getFolderPath(),
        entry.getSubject(),
        entry.getFromAddress(),
        entry.getSizeBytes(),
        entry.getInternalDate(),
        entry.getDeletedAt(),
        entry.getDeletedAt().plus(DeletedMail.RESTORABLE_DAYS, ChronoUnit.DAYS));
  }
}
