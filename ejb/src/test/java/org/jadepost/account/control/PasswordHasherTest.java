package org.jadepost.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void matchesShouldAcceptTheHashedPasswordAndRejectOthers() {
    String hash = PasswordHasher.hash("s3cret-密码");

    assertThat(PasswordHasher.matches("s3cret-密码", hash)).isTrue();
    assertThat(PasswordHasher.matches("s3cret-密", hash)).isFalse();
    assertThat(PasswordHasher.matches("", hash)).isFalse();
  }

  @Test
  void hashShouldBeSaltedAndNameItsCost() {
    String first = PasswordHasher.hash("same password 1");
    String second = PasswordHasher.hash("same password 1");

    assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha512$210000$");
    assertThat(first).doesNotContain("same password");
  }

  @Test
  void matchesShouldRejectMalformedOrMissingHashes() {
    assertThat(PasswordHasher.matches("x", null)).isFalse();
    assertThat(PasswordHasher.matches(null, PasswordHasher.hash("abc12345"))).isFalse();
    assertThat(PasswordHasher.matches("x", "plain-text")).isFalse();
    assertThat(PasswordHasher.matches("x", "md5$1$abc$def")).isFalse();
  }

  @Test
  void decoyShouldMatchNoPassword() {
    assertThat(PasswordHasher.matches("", PasswordHasher.decoy())).isFalse();
    assertThat(PasswordHasher.matches("admin", PasswordHasher.decoy())).isFalse();
  }
}
