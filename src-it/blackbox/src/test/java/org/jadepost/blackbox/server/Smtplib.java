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
    return ExternalClient.python(resource("/clients/submit.py"), job);
  }

  /**
   * Logs in over submission (STARTTLS) from the local address {@code source} (any 127.x.y.z), one
   * connection per {@code [user, secret]} pair; returns one line per attempt, {@code OK} or {@code
   * REPLY <code> <text>}.
   */
  public static List<String> authAttempts(int port, String source, List<List<String>> attempts) {
    JsonArrayBuilder pairs = Json.createArrayBuilder();
    attempts.forEach(pair -> pairs.add(Json.createArrayBuilder(pair)));
    String job =
        Json.createObjectBuilder()
            .add("host", "127.0.0.1")
            .add("port", port)
            .add("source", source)
            .add("attempts", pairs)
            .build()
            .toString();
    ExternalClient.Run run = ExternalClient.python(resource("/clients/auth_attempts.py"), job);
    List<String> lines = run.output().lines().toList();
    if (run.exitCode() != 0 || lines.size() != attempts.size()) {
      throw new AssertionError("auth_attempts.py failed: " + run.output());
    }
    return lines;
  }

  /** A client program kept under {@code src/test/resources}. */
  public static String resource(String name) {
    try (InputStream in = Smtplib.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
