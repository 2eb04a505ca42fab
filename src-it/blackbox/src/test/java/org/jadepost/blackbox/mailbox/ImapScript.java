package org.jadepost.blackbox.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jadepost.blackbox.server.ExternalClient;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SmtpDialogue;
import org.jadepost.blackbox.server.Smtplib;

/**
 * A scripted run of Python imaplib sessions ({@code clients/imap_session.py}): sessions log in,
 * steps run in order, and each step's answer comes back as a JSON object.
 */
final class ImapScript {

  private final JadepostProcess server;
  private final String mode;
  private final Map<String, String[]> sessions = new LinkedHashMap<>();
  private final JsonArrayBuilder steps = Json.createArrayBuilder();

  private ImapScript(JadepostProcess server, String mode) {
    this.server = server;
    this.mode = mode;
  }

  /** A script over implicit TLS (the imaps port). */
  static ImapScript overTls(JadepostProcess server) {
    return new ImapScript(server, "ssl");
  }

  /** A script over the imap port with STARTTLS. */
  static ImapScript withStartTls(JadepostProcess server) {
    return new ImapScript(server, "starttls");
  }

  /** Adds a session that logs in as {@code user}. */
  ImapScript session(String name, String user, String password) {
    sessions.put(name, new String[] {user, password});
    return this;
  }

  /** Adds a step: imaplib method {@code op} of session {@code name} with {@code args}. */
  ImapScript step(String name, String op, String... args) {
    JsonArrayBuilder step = Json.createArrayBuilder().add(name).add(op);
    for (String arg : args) {
      step.add(arg);
    }
    steps.add(step);
    return this;
  }

  /** Adds an IDLE step that waits while {@code message} is delivered over MX. */
  ImapScript idle(String name, String from, String to, String message) {
    steps.add(
        Json.createArrayBuilder()
            .add(name)
            .add("idle")
            .add(server.ports().smtp())
            .add(from)
            .add(to)
            .add(message));
    return this;
  }

  /** Runs the script; the answers of the logins, then of every step, in order. */
  List<JsonObject> run() {
    JsonObject job =
        Json.createObjectBuilder()
            .add("host", "127.0.0.1")
            .add("port", mode.equals("ssl") ? server.ports().imaps() : server.ports().imap())
            .add("mode", mode)
            .add("sessions", sessionsJson())
            .add("steps", steps)
            .build();
    ExternalClient.Run run =
        ExternalClient.run(
            "",
            "/usr/bin/python3",
            "-c",
            Smtplib.resource("/clients/imap_session.py"),
            job.toString());
    assertThat(run.exitCode()).as(run.output()).isZero();
    List<JsonObject> answers = new ArrayList<>();
    for (String line : run.output().split("\n")) {
      if (line.startsWith("{")) {
        answers.add(Json.createReader(new StringReader(line)).readObject());
      }
    }
    return answers;
  }

  private JsonObject sessionsJson() {
    var builder = Json.createObjectBuilder();
    sessions.forEach(
        (name, login) -> builder.add(name, Json.createArrayBuilder().add(login[0]).add(login[1])));
    return builder.build();
  }

  /** The literal bytes of the first FETCH item in an answer's data, decoded from base64. */
  static byte[] literal(JsonObject answer) {
    return Base64.getDecoder()
        .decode(answer.getJsonArray("data").getJsonObject(0).getString("b64"));
  }

  /** The answer's data as one string, for assertions on response text. */
  static String text(JsonObject answer) {
    return answer.get("data").toString() + " " + answer.get("untagged").toString();
  }

  /** Delivers {@code message} (ending in CRLF) over the MX listener to {@code recipient}. */
  static void deliver(JadepostProcess server, String from, String recipient, String message) {
    try {
      List<String> replies =
          SmtpDialogue.replies(
              server.ports().smtp(),
              "EHLO sender.example",
              "MAIL FROM:<" + from + ">",
              "RCPT TO:<" + recipient + ">",
              "DATA",
              message.replace("\r\n.", "\r\n..") + ".",
              "QUIT");
      assertThat(replies.get(5)).as(replies.toString()).startsWith("250 ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} as UTF-8 bytes. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
