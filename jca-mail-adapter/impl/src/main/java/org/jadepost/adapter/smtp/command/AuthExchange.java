package org.jadepost.adapter.smtp.command;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jadepost.adapter.api.SmtpAuthResult;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.net.InboundFrame;
import org.jadepost.adapter.net.Line;
import org.jadepost.adapter.smtp.session.FrameContinuation;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;

/**
 * The challenge-response part of AUTH (RFC 4954 §4): base64 answers, {@code *} cancels with 501,
 * malformed base64 gives 501 5.5.2, and the decoded credentials go to the MDB.
 */
final class AuthExchange implements FrameContinuation {

  /** The supported SASL mechanisms. */
  enum Mechanism {
    PLAIN,
    LOGIN
  }

  static final SmtpReply CANCELLED = new SmtpReply(501, "5.0.0", "Authentication cancelled");
  static final SmtpReply BAD_BASE64 = new SmtpReply(501, "5.5.2", "Cannot decode response");
  static final SmtpReply SUCCEEDED = new SmtpReply(235, "2.7.0", "Authentication successful");

  // "Username:" and "Password:" in base64, as every LOGIN client expects.
  private static final String USERNAME = "VXNlcm5hbWU6";
  private static final String PASSWORD = "UGFzc3dvcmQ6";

  private final Mechanism mechanism;
  private String user;

  AuthExchange(Mechanism mechanism) {
    this.mechanism = mechanism;
  }

  /** The first challenge when the client gave no initial response. */
  String firstChallenge() {
    return mechanism == Mechanism.PLAIN ? "" : USERNAME;
  }

  @Override
  public Optional<SmtpResponse> onFrame(SmtpSession session, InboundFrame frame) {
    if (!(frame instanceof Line line)) {
      session.continueWith(null);
      return Optional.of(SmtpResponse.of(Replies.LINE_TOO_LONG));
    }
    SmtpResponse response = onResponse(session, line.text().strip());
    return Optional.of(response);
  }

  /** Handles one client response, initial or to a challenge. */
  SmtpResponse onResponse(SmtpSession session, String response) {
    session.continueWith(null);
    if (response.equals("*")) {
      return SmtpResponse.of(CANCELLED);
    }
    Optional<String> decoded = decode(response);
    if (decoded.isEmpty()) {
      return SmtpResponse.of(BAD_BASE64);
    }
    if (mechanism == Mechanism.PLAIN) {
      return plain(session, decoded.get());
    }
    if (user == null) {
      user = decoded.get();
      session.continueWith(this);
      return SmtpResponse.plain(334, List.of(PASSWORD));
    }
    return check(session, user, decoded.get());
  }

  /** RFC 4616 §2: [authzid] NUL authcid NUL passwd; an authzid other than authcid is refused. */
  private static SmtpResponse plain(SmtpSession session, String message) {
    String[] parts = message.split("\u0000", -1);
    if (parts.length != 3 || parts[1].isEmpty()) {
      return SmtpResponse.of(BAD_BASE64);
    }
    if (!parts[0].isEmpty() && !parts[0].equals(parts[1])) {
      return SmtpResponse.of(SmtpReply.AUTH_FAILED);
    }
    return check(session, parts[1], parts[2]);
  }

  private static SmtpResponse check(SmtpSession session, String user, String password) {
    SmtpAuthResult result = session.backend().authenticate(session.info(), user, password);
    if (!result.succeeded()) {
      return SmtpResponse.of(result.failure());
    }
    session.authenticated(result.identity());
    return SmtpResponse.of(SUCCEEDED);
  }

  private static Optional<String> decode(String base64) {
    if (base64.equals("=")) {
      return Optional.of(""); // RFC 4954 §4: "=" is an empty initial response.
    }
    try {
      return Optional.of(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
