package org.jadepost.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

  private final VerifiedPasswords verified = new VerifiedPasswords();

  @Test
  void matchesShouldAnswerLikeTheHasherOnFirstAndRepeatedCalls() {
    String hash = PasswordHasher.hash("right-pass-1");

    assertThat(verified.matches("right-pass-1", hash)).isTrue();
    assertThat(verified.matches("right-pass-1", hash)).isTrue();
    assertThat(verified.matches("wrong-pass-1", hash)).isFalse();
  }

  @Test
  void matchesShouldNotReuseAVerificationForAChangedHash() {
    String before = PasswordHasher.hash("old-pass-1");
    assertThat(verified.matches("old-pass-1", before)).isTrue();

    String after = PasswordHasher.hash("new-pass-1");

    assertThat(verified.matches("old-pass-1", after)).isFalse();
  }
}
