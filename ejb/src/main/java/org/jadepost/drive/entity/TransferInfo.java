package org.jadepost.drive.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a user and the API see of a transfer-station file.
 *
 * @param id the file's id
 * @param name its name (any Unicode)
 * @param contentType its MIME type
 * @param size the announced size in bytes
 * @param received how many bytes have arrived; equal to size once complete
 * @param complete whether every byte has arrived
 * @param token the random token of its share link {@code /transfer/<token>}
 * @param createdAt when it was announced
 * @param expiresAt when it stops being downloadable and is removed
 */
public record TransferInfo(
    long id,
    String name,
    String contentType,
    long size,
    long received,
    boolean complete,
    String token,
    Instant createdAt,
    Instant expiresAt)
    implements Serializable {

  /** The read model of {@code file}. */
  public static TransferInfo of(TransferFile file) {
    return new TransferInfo(
        file.getId(),
        file.getName(),
        file.getContentType(),
        file.getSize(),
        file.getReceived(),
        file.isComplete(),
        file.getToken(),
        file.getCreatedAt(),
        file.getExpiresAt());
  }
}
