package org.jadepost.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptTest {

  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

  @Test
  void loginShouldBeKeptPrintableWhenTypedWithControlCharacters() {
    LoginAttempt attempt = attempt("alice\u0000@exa\r\nmple.com");

    assertThat(attempt.getLogin()).isEqualTo("alice?@exa??mple.com");
  }

  @Test
  void loginShouldBeCutWhenLongerThanTheColumn() {
    LoginAttempt attempt = attempt("x".repeat(1000));

    assertThat(attempt.getLogin()).hasSize(LoginAttempt.MAX_LOGIN);
  }

  @Test
  void missingLoginShouldBeKeptAsEmpty() {
    assertThat(attempt(null).getLogin()).isEmpty();
  }

  @Test
  void entryShouldCarryProtocolAddressResultAndReason() {
    LoginEntry entry =
        LoginEntry.of(
            new LoginAttempt(
                    NOW,
                    new ClientLogin(ClientProtocol.IMAP, "192.0.2.1", "Alice@Example.com", "pw"),
                    LoginResult.FAILURE,
                    LoginReason.CODE_REQUIRED)
                .naming(7L, 9L, "alice@example.com"));

    assertThat(entry)
        .isEqualTo(
            new LoginEntry(
                NOW,
                "alice@example.com",
                "Alice@Example.com",
                "192.0.2.1",
                ClientProtocol.IMAP,
                LoginResult.FAILURE,
                LoginReason.CODE_REQUIRED));
  }

  @Test
  void clientLoginShouldNotPrintTheSecret() {
    assertThat(new ClientLogin(ClientProtocol.SMTP, "192.0.2.1", "alice", "hunter2secret"))
        .asString()
        .doesNotContain("hunter2secret");
  }

  private static LoginAttempt attempt(String login) {
    return new LoginAttempt(
        NOW,
        new ClientLogin(ClientProtocol.WEB, null, login, "secret"),
        LoginResult.FAILURE,
        LoginReason.WRONG_PASSWORD);
  }
}
