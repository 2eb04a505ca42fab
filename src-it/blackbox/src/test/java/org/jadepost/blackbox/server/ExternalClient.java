package org.jadepost.blackbox.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real mail client program (python3, swaks, curl) and captures what it printed. */
public final class ExternalClient {

  /** What the program printed and how it ended. */
  public record Run(int exitCode, String output) {}

  private ExternalClient() {}

  /** Runs {@code command}, feeding {@code stdin}, for at most two minutes. */
  public static Run run(String stdin, String... command) {
    try {
      Path out = Files.createTempFile("client", ".out");
      try {
        Process process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        try (var in = process.getOutputStream()) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          throw new AssertionError(
              "client did not finish: "
                  + List.of(command)
                  + "\nit printed:\n"
                  + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The text of a file a client wrote, as UTF-8. */
  public static String readUtf8(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a Python 3 program given as text with {@code args}. */
  public static Run python(String program, String... args) {
    List<String> command = new ArrayList<>(List.of("python3", "-c", program));
    command.addAll(List.of(args));
    return run("", command.toArray(String[]::new));
  }
}
