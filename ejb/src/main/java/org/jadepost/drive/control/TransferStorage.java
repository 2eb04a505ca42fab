package org.jadepost.drive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.platform.control.DataDirectory;

/**
 * The bytes of transfer-station files, one file per entry under {@code transfer/<account>/<id>} of
 * the data directory. Chunks stream from the request to disk through a small buffer: a 4 GB file
 * never sits in memory.
 */
@ApplicationScoped
public class TransferStorage {

  private static final Logger LOG = Logger.getLogger(TransferStorage.class.getName());
  private static final int BUFFER = 64 * 1024;

  @Inject DataDirectory data;

  /** Where the bytes of file {@code id} of account {@code accountId} are. */
  public Path file(long accountId, long id) {
    return data.resolve("transfer").resolve(Long.toString(accountId)).resolve(Long.toString(id));
  }

  /** Creates the empty file of a new entry. */
  public void create(long accountId, long id) {
    Path file = file(accountId, id);
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create transfer file " + file, e);
    }
  }

  /**
   * Writes at most {@code max} bytes of {@code content} at offset {@code start}, dropping whatever
   * lay past it. A broken request keeps what arrived, so the client resumes from there.
   *
   * @return how many bytes were written
   */
  public long write(long accountId, long id, long start, InputStream content, long max) {
    Path file = file(accountId, id);
    long written = 0;
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      channel.truncate(start);
      channel.position(start);
      byte[] buffer = new byte[BUFFER];
      while (written < max) {
        int read = content.read(buffer, 0, (int) Math.min(buffer.length, max - written));
        if (read < 0) {
          break;
        }
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, read);
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        written += read;
      }
      return written;
    } catch (IOException e) {
      // The client went away mid-chunk: keep what arrived (the channel wrote it) for the resume.
      long kept = written;
      LOG.log(Level.FINE, e, () -> "Chunk of transfer file " + id + " broken after " + kept);
      return written;
    }
  }

  /** Removes the bytes of file {@code id}, if there. */
  public void delete(long accountId, long id) {
    try {
      Files.deleteIfExists(file(accountId, id));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove transfer file " + id, e);
    }
  }
}
