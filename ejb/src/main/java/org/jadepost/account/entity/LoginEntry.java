package org.jadepost.account.entity;

import java.time.Instant;

/**
 * A login log row as administrators and users read it (B4).
 *
 * @param at when
 * @param account the account the login named, {@code null} when none exists
 * @param login the login as typed
 * @param remoteAddress the client's IP address
 * @param protocol SMTP, IMAP, POP3, WEB or API
 * @param result SUCCESS, FAILURE, REFUSED (locked) or LOCKED (the lock itself)
 * @param reason why
 */
public record LoginEntry(
    Instant at,
    String account,
    String login,
    String remoteAddress,
    ClientProtocol protocol,
    LoginResult result,
    LoginReason reason) {

  public static LoginEntry of(LoginAttempt attempt) {
    return new LoginEntry(
        attempt.getAttemptedAt(),
        attempt.getAccountAddress(),
        attempt.getLogin(),
        attempt.getRemoteAddress(),
        attempt.getProtocol(),
        attempt.getResult(),
        attempt.getReason());
  }
}
