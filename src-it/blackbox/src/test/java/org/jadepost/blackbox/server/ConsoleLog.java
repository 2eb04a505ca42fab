package org.jadepost.blackbox.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;

/**
 * The file {@code target/it-logs/<server>.out} that collects the launcher's console output of every
 * start of one server, each start after a header line.
 */
final class ConsoleLog {

  private final Path file;

  ConsoleLog(Path file) {
    this.file = file;
  }

  /** Starts the log afresh. */
  void clear() {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends a header for start number {@code start}; returns where that start's output begins. */
  long beginStart(String server, int start) {
    String header = "===== " + server + " start " + start + " at " + Instant.now() + "\n";
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          header,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything written since {@code offset}. */
  String readFrom(long offset) {
    try {
      byte[] all = Files.readAllBytes(file);
      return new String(
          Arrays.copyOfRange(all, (int) Math.min(offset, all.length), all.length),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For {@link ProcessBuilder#redirectOutput(File)}. */
  File toFile() {
    return file.toFile();
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
