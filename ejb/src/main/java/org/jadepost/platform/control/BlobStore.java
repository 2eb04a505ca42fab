package org.jadepost.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.jadepost.platform.entity.BlobRef;

/**
 * Content-addressed storage for raw messages and files: a blob's id is the SHA-256 of its bytes, so
 * a message sent to many recipients is stored once. Implementations: the file system now, S3 later.
 * {@link #put} returns only once the bytes are durable.
 */
public interface BlobStore {

  /** Stores {@code content} (read to its end, not closed) and returns its reference. */
  BlobRef put(InputStream content) throws IOException;

  /** The blob's bytes, if it is stored. The caller closes the stream. */
  Optional<InputStream> open(String id) throws IOException;

  /** Whether the blob is stored. */
  boolean exists(String id);

  /**
   * The blob's local file, for readers that open it later outside this bean (IMAP FETCH); empty for
   * a store without local files.
   */
  default Optional<Path> file(String id) {
    return Optional.empty();
  }

  /** Removes the blob; returns whether it was there. */
  boolean delete(String id) throws IOException;
}
