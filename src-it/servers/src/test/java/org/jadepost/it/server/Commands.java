package org.jadepost.it.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the command-line tools of a server (asadmin, jboss-cli) to completion. */
final class Commands {

  private Commands() {}

  /**
   * Runs {@code command} with {@code environment} added, appending its output to {@code log}.
   *
   * @throws IllegalStateException if it fails or outlives {@code timeout}; the message has the tail
   *     of the log
   */
  static void run(Path log, Duration timeout, Map<String, String> environment, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IllegalStateException(
          "Timed out after " + timeout + ": " + command + "\n" + LogFiles.tail(log, 40));
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "Exit code " + process.exitValue() + ": " + command + "\n" + LogFiles.tail(log, 40));
    }
  }
}
