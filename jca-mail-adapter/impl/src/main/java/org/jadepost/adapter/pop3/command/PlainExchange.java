package org.jadepost.adapter.pop3.command;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jadepost.adapter.net.InboundFrame;
import org.jadepost.adapter.net.Line;
import org.jadepost.adapter.pop3.session.Pop3Continuation;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;

/**
 * The client's answer to the empty AUTH PLAIN challenge (RFC 5034 §4): base64 of {@code [authzid]
 * NUL authcid NUL passwd} (RFC 4616 §2), or {@code *} to cancel.
 */
final class PlainExchange implements Pop3Continuation {

  /** The empty server challenge: "+" and a space (RFC 5034 §4). */
  static final Pop3Response CHALLENGE = Pop3Response.challenge("");

  static final Pop3Response CANCELLED = Pop3Response.err("Authentication cancelled");
  static final Pop3Response MALFORMED = Pop3Response.err("Malformed authentication response");

  @Override
  public Pop3Response onFrame(Pop3Session session, InboundFrame frame) {
    session.continueWith(null);
    if (!(frame instanceof Line line)) {
      return Replies.LINE_TOO_LONG;
    }
    return answer(session, line.text().strip());
  }

  /** Checks one answer, initial or to the challenge. */
  static Pop3Response answer(Pop3Session session, String response) {
    if (response.equals("*")) {
      return CANCELLED;
    }
    Optional<String[]> parts = decode(response);
    if (parts.isEmpty()) {
      return MALFORMED;
    }
    String[] p = parts.get();
    if (!p[0].isEmpty() && !p[0].equals(p[1])) {
      return Replies.AUTH_FAILED; // acting for another user is not supported
    }
    return Login.complete(session, p[1], p[2]);
  }

  private static Optional<String[]> decode(String base64) {
    try {
      String message = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
      String[] parts = message.split("\u0000", -1);
      return parts.length == 3 && !parts[1].isEmpty() && !parts[2].isEmpty()
          ? Optional.of(parts)
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
