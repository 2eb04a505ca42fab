package org.jadepost.blackbox.server;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sends mail with Python's smtplib (clients/submit.py), a real client's TLS and AUTH. */
public final class Smtplib {

  private Smtplib() {}

  /**
   * Submits {@code message} as {@code user} (envelope sender {@code from}); {@code mode} is {@code
   * starttls}, {@code ssl} or {@code plain}. Prints TLS/AUTH/SENT lines or REPLY code.
   */
  public static ExternalClient.Run submit(
      String mode,
      int port,
      String user,
      String password,
      String from,
      List<String> to,
      String message,
      boolean smtputf8) {
    JsonArrayBuilder recipients = Json.createArrayBuilder();
    to.forEach(recipients::add);
    String job =
        Json.createObjectBuilder()
            .add("host", "127.0.0.1")
            .add("port", port)
            .add("mode", mode)
            .add("user", user)
            .add("password", password)
            .add("from", from)
            .add("to", recipients)
            .add("message", message)
            .add("smtputf8", smtputf8)
            .build()
            .toString();
    return ExternalClient.python(program(), job);
  }

  private static String program() {
    try (InputStream in = Smtplib.class.getResourceAsStream("/clients/submit.py")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
