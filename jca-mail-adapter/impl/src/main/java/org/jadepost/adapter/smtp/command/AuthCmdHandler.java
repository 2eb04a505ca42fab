package org.jadepost.adapter.smtp.command;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jadepost.adapter.api.SmtpListenerKind;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/**
 * AUTH PLAIN (RFC 4616) and AUTH LOGIN on submission listeners (RFC 4954). Not during a transaction
 * (§4), not twice (§4), and only where credentials may be sent now; an {@link AuthExchange} takes
 * the client's answers to the challenges.
 */
public final class AuthCmdHandler implements CmdHandler {

  /** 538 5.7.11 encryption required (RFC 4954 §6). */
  public static final SmtpReply ENCRYPTION_REQUIRED =
      new SmtpReply(538, "5.7.11", "Encryption required for requested authentication mechanism");

  /** 504 5.5.4 unknown mechanism (RFC 4954 §6). */
  public static final SmtpReply UNKNOWN_MECHANISM =
      new SmtpReply(504, "5.5.4", "Unrecognized authentication type");

  /** 503 5.5.1 already authenticated (RFC 4954 §4). */
  public static final SmtpReply ALREADY_AUTHENTICATED =
      new SmtpReply(503, "5.5.1", "Already authenticated");

  @Override
  public String verb() {
    return "AUTH";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return Set.of(SmtpSessionState.READY);
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    if (session.configuration().kind() != SmtpListenerKind.SUBMISSION) {
      return SmtpResponse.of(Replies.NOT_AVAILABLE);
    }
    if (session.authenticatedUser().isPresent()) {
      return SmtpResponse.of(ALREADY_AUTHENTICATED);
    }
    if (!session.isAuthAllowedNow()) {
      return SmtpResponse.of(ENCRYPTION_REQUIRED);
    }
    String[] words = arguments.split(" ");
    if (arguments.isEmpty() || words.length > 2) {
      return SmtpResponse.of(Replies.BAD_ARGUMENTS);
    }
    AuthExchange.Mechanism mechanism;
    switch (words[0].toUpperCase(Locale.ROOT)) {
      case "PLAIN" -> mechanism = AuthExchange.Mechanism.PLAIN;
      case "LOGIN" -> mechanism = AuthExchange.Mechanism.LOGIN;
      default -> {
        return SmtpResponse.of(UNKNOWN_MECHANISM);
      }
    }
    AuthExchange exchange = new AuthExchange(mechanism);
    if (words.length == 2) {
      return exchange.onResponse(session, words[1]);
    }
    session.continueWith(exchange);
    return SmtpResponse.plain(334, List.of(exchange.firstChallenge()));
  }
}
