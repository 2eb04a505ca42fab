package org.jadepost.it.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Reading the logs servers write: the tail for failure reports, and waiting for a line. */
public final class LogFiles {

  private LogFiles() {}

  /** The last {@code lines} lines of {@code log}, or a note that it does not exist yet. */
  public static String tail(Path log, int lines) {
    if (!Files.isRegularFile(log)) {
      return "(no " + log + ")";
    }
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
      List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
      return "---- last " + last.size() + " lines of " + log + "\n" + String.join("\n", last);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until a line of {@code log} matches {@code ready}; gives up when {@code alive} turns
   * false or after {@code timeout}.
   */
  public static String awaitLine(
      Path log, Predicate<String> ready, Duration timeout, BooleanSupplier alive)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isRegularFile(log)) {
        try {
          for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
            if (ready.test(line)) {
              return line;
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      if (!alive.getAsBoolean()) {
        throw new IllegalStateException("The server process ended\n" + tail(log, 60));
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Timed out after " + timeout + "\n" + tail(log, 60));
  }
}
