package org.jadepost.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedApiLoginsTest {

  private final LoggedApiLogins logged = new LoggedApiLogins();

  @Test
  void firstInWindowShouldBeTrueOncePerLoginAndAddress() {
    assertThat(logged.firstInWindow("alice@example.com", "127.0.0.1")).isTrue();
    assertThat(logged.firstInWindow("alice@example.com", "127.0.0.1")).isFalse();
    assertThat(logged.firstInWindow("ALICE@example.com", "127.0.0.1")).as("same login").isFalse();
    assertThat(logged.firstInWindow("alice@example.com", "127.0.0.2")).isTrue();
    assertThat(logged.firstInWindow("bob@example.com", "127.0.0.1")).isTrue();
  }
}
