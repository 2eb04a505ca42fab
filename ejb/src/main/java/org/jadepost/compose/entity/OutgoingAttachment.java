package org.jadepost.compose.entity;

import java.io.Serializable;

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
      permits UploadedFile, StoredPart, StoredMessage {}

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
}
