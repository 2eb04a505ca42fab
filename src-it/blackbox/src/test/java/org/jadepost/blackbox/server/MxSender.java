package org.jadepost.blackbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Delivers a message to the MX listener with curl (smtp://), as a sending MTA would; curl streams
 * the file and dot-stuffs it, so messages of any size and 8-bit content pass.
 */
public final class MxSender {

  private MxSender() {}

  /** Delivers {@code message} (bytes as given, lines ending in CRLF) to {@code recipient}. */
  public static void deliver(JadepostProcess server, String recipient, byte[] message) {
    try {
      Path file = Files.createTempFile("mx", ".eml");
      try {
        Files.write(file, message);
        ExternalClient.Run run =
            ExternalClient.run(
                "",
                "curl",
                "-sS",
                "--url",
                "smtp://127.0.0.1:" + server.ports().smtp(),
                "--mail-from",
                "partner@sender.example",
                "--mail-rcpt",
                recipient,
                "--upload-file",
                file.toString());
        assertThat(run.exitCode()).as("curl smtp: " + run.output()).isZero();
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
