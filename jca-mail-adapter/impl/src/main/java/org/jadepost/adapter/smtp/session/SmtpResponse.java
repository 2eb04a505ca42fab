package org.jadepost.adapter.smtp.session;

import java.util.List;
import org.jadepost.adapter.api.SmtpReply;

/**
 * A complete reply, possibly multi-line (RFC 5321 §4.2.1), as it goes on the wire. Every line
 * except the EHLO/HELO reply and the greeting carries its enhanced status code (RFC 2034 §3).
 *
 * @param code the reply code
 * @param lines the texts of the lines, enhanced code included where it applies
 * @param closes whether the connection closes after this reply (221, 421)
 */
public record SmtpResponse(int code, List<String> lines, boolean closes) {

  /**
   * No reply now: the command continues with input the client already sent (a BDAT chunk), and the
   * reply comes when it is read (RFC 3030 §2).
   */
  public static final SmtpResponse DEFERRED = new SmtpResponse(0, List.of(), false);

  /** Copies the lines. */
  public SmtpResponse {
    lines = List.copyOf(lines);
    if (lines.isEmpty() && code != 0) {
      throw new IllegalArgumentException("a reply has at least one line");
    }
  }

  /** A one-line reply with enhanced status code. */
  public static SmtpResponse of(SmtpReply reply) {
    return new SmtpResponse(
        reply.code(), List.of(reply.enhancedStatus() + " " + reply.text()), false);
  }

  /** A one-line reply with enhanced status code. */
  public static SmtpResponse of(int code, String enhancedStatus, String text) {
    return of(new SmtpReply(code, enhancedStatus, text));
  }

  /** A reply without enhanced status code (greeting, EHLO, HELO, AUTH challenges). */
  public static SmtpResponse plain(int code, List<String> lines) {
    return new SmtpResponse(code, lines, false);
  }

  /** This reply, closing the connection after it is written. */
  public SmtpResponse thenClose() {
    return new SmtpResponse(code, lines, true);
  }

  /** Whether the code is 5xx, which counts toward the error limit. */
  public boolean isPermanentError() {
    return code >= 500;
  }

  /** The wire lines: {@code 250-a}, ..., {@code 250 z} (RFC 5321 §4.2.1). */
  public List<String> wireLines() {
    int last = lines.size() - 1;
    return java.util.stream.IntStream.rangeClosed(0, last)
        .mapToObj(i -> code + (i == last ? " " : "-") + lines.get(i))
        .toList();
  }
}
