package org.jadepost.blackbox.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where this test run keeps its files and which launcher it starts, from the system properties the
 * failsafe executions set. The defaults fit a run from the module directory in an IDE.
 */
public final class TestRun {

  private TestRun() {}

  /** {@code bin/jadepost}. */
  public static Path launcher() {
    Path launcher =
        Path.of(System.getProperty("jadepost.it.launcher", "../../bin/jadepost"))
            .toAbsolutePath()
            .normalize();
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException("Launcher not found or not executable: " + launcher);
    }
    return launcher;
  }

  /** The module's {@code target} directory. */
  public static Path work() {
    return Path.of(System.getProperty("jadepost.it.work", "target")).toAbsolutePath().normalize();
  }

  /** Console output of the launchers, screenshots and page sources of failed browser tests. */
  public static Path logs() {
    return work().resolve("it-logs");
  }

  /** The data directories ({@code JADEPOST_HOME}) of the servers this run starts. */
  public static Path homes() {
    return work().resolve("it-homes");
  }

  /**
   * How long to wait for the banner. Generous: {@code bin/jadepost} rebuilds first when a source is
   * newer than the jar, and CI machines are slow.
   */
  public static Duration startTimeout() {
    return Duration.ofSeconds(Long.getLong("jadepost.it.startTimeoutSeconds", 600));
  }
}
