package org.jadepost.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

  @Test
  void matchesShouldRememberNothingWhenTheCacheIsTurnedOff() {
    String hash = PasswordHasher.hash("right-pass-1");
    verified.ttl = Duration.ZERO;

    assertThat(verified.matches("right-pass-1", hash)).isTrue();
    assertThat(verified.matches("wrong-pass-1", hash)).isFalse();
    assertThat(verified.remembered()).isZero();
  }

  @Test
  void matchesShouldRememberARightPasswordOnlyOnce() {
    String hash = PasswordHasher.hash("right-pass-1");

    verified.matches("right-pass-1", hash);
    verified.matches("right-pass-1", hash);
    verified.matches("wrong-pass-1", hash);

    assertThat(verified.remembered()).isEqualTo(1);
  }
}
