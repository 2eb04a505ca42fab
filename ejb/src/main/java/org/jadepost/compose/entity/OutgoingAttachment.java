package org.jadepost.compose.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A file that goes with a message being written.
 *
 * @param name the file name shown to recipients (any Unicode)
 * @param contentType its MIME type, {@code application/octet-stream} when unknown
 * @param size its size in bytes
 * @param source where its bytes are
 */
public record OutgoingAttachment(String name, String contentType, long size, Source source)
    implements Serializable {

  /** Where an attachment's bytes come from. */
  public sealed interface Source extends Serializable
      permits UploadedFile, StoredPart, StoredMessage, TransferLink {}

  /**
   * A file the user uploaded, under the upload directory.
   *
   * @param id the upload's id (its file name in that directory)
   */
  public record UploadedFile(String id) implements Source {}

  /**
   * A part of a stored message, as forwarding carries the original's files along.
   *
   * @param folderId the folder of that message
   * @param uid its UID
   * @param index the part's position (see {@code MessageAttachment#index})
   */
  public record StoredPart(long folderId, long uid, int index) implements Source {}

  /**
   * A whole stored message, attached as {@code message/rfc822} (forward as attachment).
   *
   * @param folderId the folder of that message
   * @param uid its UID
   */
  public record StoredMessage(long folderId, long uid) implements Source {}

  /**
   * A large file in the sender's transfer station (C3, D5): not a MIME part but a download link in
   * a "large files" block of the message.
   *
   * @param fileId the transfer-station file
   * @param url its share link, as recipients open it
   * @param expiresAt when the link stops working
   */
  public record TransferLink(long fileId, String url, Instant expiresAt) implements Source {}
}
