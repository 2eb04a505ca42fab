package org.jadepost.compose.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jadepost.platform.control.DataDirectory;

/**
 * Files a user uploaded for a message he is writing, one directory per account under {@code
 * uploads/} of the data directory; streamed to disk, never held in memory. A file leaves when the
 * draft that holds it is saved or sent.
 */
@ApplicationScoped
public class Uploads {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

  @Inject DataDirectory data;

  /** Streams {@code content} into a new upload of {@code accountId}; returns its id. */
  public String store(long accountId, InputStream content) {
    String id = UUID.randomUUID().toString().replace("-", "");
    try {
      Path dir = Files.createDirectories(directory(accountId));
      Files.copy(content, dir.resolve(id), StandardCopyOption.REPLACE_EXISTING);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the upload", e);
    }
  }

  /** The file of upload {@code id} of {@code accountId}, if it is there. */
  public Optional<Path> file(long accountId, String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    Path file = directory(accountId).resolve(id);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** Removes upload {@code id}, if it is there. */
  public void delete(long accountId, String id) {
    file(accountId, id)
        .ifPresent(
            f -> {
              try {
                Files.deleteIfExists(f);
              } catch (IOException e) {
                throw new UncheckedIOException("Could not remove the upload", e);
              }
            });
  }

  private Path directory(long accountId) {
    return data.resolve("uploads").resolve(Long.toString(accountId));
  }
}
