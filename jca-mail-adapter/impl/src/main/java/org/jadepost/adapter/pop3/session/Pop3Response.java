package org.jadepost.adapter.pop3.session;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * One reply of the POP3 server (RFC 1939 §3): a status line ({@code +OK} or {@code -ERR} and a
 * text), optionally followed by a multi-line body of short lines (CAPA, LIST, UIDL) or by message
 * data streamed from the store (RETR, TOP). Handlers build it; only {@link Pop3Session#send} writes
 * it.
 *
 * @param status the status indicator
 * @param text the text after the status indicator; may be empty
 * @param lines the lines of a multi-line reply, not yet dot-stuffed; null for a single line
 * @param message message data for a multi-line reply; null otherwise
 * @param closes whether the connection closes after this reply
 */
public record Pop3Response(
    Status status, String text, List<String> lines, MessageData message, boolean closes) {

  /** The status indicator of the first line. */
  public enum Status {
    /** {@code +OK}. */
    OK,
    /** {@code -ERR}. */
    ERR,
    /** {@code +} and a space: a SASL challenge (RFC 5034 §4). */
    CHALLENGE
  }

  /** Checks that a reply has at most one sort of body. */
  public Pop3Response {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(text, "text");
    if (lines != null && message != null) {
      throw new IllegalArgumentException("a reply has lines or message data, not both");
    }
    lines = lines == null ? null : List.copyOf(lines);
  }

  /** {@code +OK text}. */
  public static Pop3Response ok(String text) {
    return new Pop3Response(Status.OK, text, null, null, false);
  }

  /** {@code -ERR text}; a response code such as {@code [AUTH]} starts the text (RFC 2449 §8). */
  public static Pop3Response err(String text) {
    return new Pop3Response(Status.ERR, text, null, null, false);
  }

  /** {@code +OK text} followed by {@code lines} and the terminating dot. */
  public static Pop3Response multiLine(String text, List<String> lines) {
    return new Pop3Response(Status.OK, text, lines, null, false);
  }

  /** {@code +OK text} followed by the message data and the terminating dot. */
  public static Pop3Response message(String text, MessageData message) {
    return new Pop3Response(
        Status.OK, text, null, Objects.requireNonNull(message, "message"), false);
  }

  /** The SASL challenge {@code + base64} (RFC 5034 §4); empty for PLAIN. */
  public static Pop3Response challenge(String base64) {
    return new Pop3Response(Status.CHALLENGE, base64, null, null, false);
  }

  /** Whether this is {@code -ERR}. */
  public boolean isError() {
    return status == Status.ERR;
  }

  /** The same reply, then the connection closes. */
  public Pop3Response thenClose() {
    return new Pop3Response(status, text, lines, message, true);
  }

  /** The status line as sent, without CRLF. */
  public String statusLine() {
    return switch (status) {
      case OK -> text.isEmpty() ? "+OK" : "+OK " + text;
      case ERR -> text.isEmpty() ? "-ERR" : "-ERR " + text;
      case CHALLENGE -> "+ " + text;
    };
  }

  /**
   * Message data to stream after the status line.
   *
   * @param stream the raw message; {@link Pop3Session#send} closes it
   * @param bodyLines how many body lines to send after the header (TOP, RFC 1939 §7), or -1 for the
   *     whole message (RETR)
   */
  public record MessageData(InputStream stream, long bodyLines) {

    /** Checks the values. */
    public MessageData {
      Objects.requireNonNull(stream, "stream");
      if (bodyLines < -1) {
        throw new IllegalArgumentException("bodyLines must be -1 or more");
      }
    }
  }
}
