package org.jadepost.bench;

import java.nio.charset.StandardCharsets;

/** Runs a command and fails with its output if it fails. */
public final class Sh {
  private Sh() {}

  public static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }

  /**
   * Runs a command that leaves a daemon behind: its output goes to {@code log}, not to a pipe the
   * daemon would keep open.
   */
  public static void daemon(java.nio.file.Path log, String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: "
          + java.nio.file.Files.readString(log));
    }
  }
}
