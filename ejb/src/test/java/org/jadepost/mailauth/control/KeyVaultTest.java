package org.jadepost.mailauth.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyVaultTest {

  private static KeyVault vault(byte fill) {
    KeyVault vault = new KeyVault();
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, fill);
    vault.configuredKey = Optional.of(Base64.getEncoder().encodeToString(key));
    return vault;
  }

  @Test
  void openShouldReturnWhatWasSealed() {
    KeyVault vault = vault((byte) 1);
    byte[] secret = "PKCS#8 bytes".getBytes(StandardCharsets.US_ASCII);

    String sealed = vault.seal(secret);

    assertThat(sealed).doesNotContain(Base64.getEncoder().encodeToString(secret));
    assertThat(vault.open(sealed)).isEqualTo(secret);
    assertThat(vault.seal(secret)).isNotEqualTo(sealed); // fresh IV every time
  }

  @Test
  void openShouldFailWhenMasterKeyDiffersOrDataAltered() {
    String sealed = vault((byte) 1).seal(new byte[] {1, 2, 3});
    byte[] altered = Base64.getDecoder().decode(sealed);
    altered[altered.length - 1] ^= 1;

    assertThatThrownBy(() -> vault((byte) 2).open(sealed))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> vault((byte) 1).open(Base64.getEncoder().encodeToString(altered)))
        .isInstanceOf(IllegalStateException.class);
  }
}
