package org.jadepost.delivery.control;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Removes spool files a crash left behind. A message is spooled before its 250 and removed once it
 * is stored, so a file older than this start was never acknowledged: the sender still has it and
 * will retry. Files newer than {@code cutoff} may belong to a transaction in progress.
 */
public final class SpoolSweeper {

  private SpoolSweeper() {}

  /** Deletes the {@code .eml} files in {@code incoming} last modified before {@code cutoff}. */
  public static int sweep(Path incoming, Instant cutoff) throws IOException {
    if (!Files.isDirectory(incoming)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(incoming, "*.eml")) {
      for (Path file : files) {
        if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
            && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    }
    return removed;
  }
}
