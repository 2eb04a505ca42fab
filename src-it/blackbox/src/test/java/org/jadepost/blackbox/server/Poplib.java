package org.jadepost.blackbox.server;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * Reads mail with Python's poplib (clients/pop3.py), a real client's STLS, TLS and login; the
 * script reports what the server answered as JSON.
 */
public final class Poplib {

  private Poplib() {}

  /**
   * One session on {@code port}: {@code mode} is {@code stls}, {@code ssl} or {@code plain}; the
   * client logs in with USER/PASS, or AUTH PLAIN when {@code sasl}, then runs {@code ops} (see the
   * script) and reports {@code welcome}, {@code capa}, {@code tls}, {@code login}, one entry of
   * {@code ops} per command and {@code error} for the first {@code -ERR}.
   */
  public static JsonObject session(
      int port, String mode, String user, String password, boolean sasl, JsonArray ops) {
    String job =
        Json.createObjectBuilder()
            .add("host", "127.0.0.1")
            .add("port", port)
            .add("mode", mode)
            .add("user", user)
            .add("password", password)
            .add("sasl", sasl)
            .add("ops", ops)
            .build()
            .toString();
    ExternalClient.Run run =
        ExternalClient.run("", "/usr/bin/python3", "-c", Smtplib.resource("/clients/pop3.py"), job);
    if (run.exitCode() != 0) {
      throw new AssertionError("pop3.py failed: " + run.output());
    }
    try (var reader = Json.createReader(new StringReader(run.output()))) {
      return reader.readObject();
    }
  }

  /** A list of commands for {@link #session}, each an array such as {@code ["retr", 1, file]}. */
  public static JsonArray ops(Object[]... commands) {
    JsonArrayBuilder ops = Json.createArrayBuilder();
    for (Object[] command : commands) {
      JsonArrayBuilder op = Json.createArrayBuilder();
      for (Object part : command) {
        if (part instanceof Integer number) {
          op.add(number);
        } else {
          op.add(String.valueOf(part));
        }
      }
      ops.add(op);
    }
    return ops.build();
  }

  /** One command for {@link #ops}. */
  public static Object[] op(Object... parts) {
    return parts;
  }
}
