package org.jadepost.mailauth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.platform.control.DataDirectory;

/**
 * Seals DKIM private keys with AES-256-GCM so a database dump alone does not give away a domain's
 * signing key. The master key comes from {@code jadepost.dkim.master-key} (base64 of 32 bytes; set
 * it on every node of a cluster) or else from {@code dkim-master.key} in the data directory,
 * created owner-readable on first use.
 */
@ApplicationScoped
public class KeyVault {

  static final String FILE = "dkim-master.key";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject DataDirectory dataDirectory;

  @Inject
  @ConfigProperty(name = "jadepost.dkim.master-key")
  Optional<String> configuredKey;

  private SecretKey key;

  /** Encrypts {@code plain}; the result is base64 of IV followed by ciphertext and tag. */
  public String seal(byte[] plain) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(plain);
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot seal a DKIM key", e);
    }
  }

  /** Decrypts what {@link #seal} produced; fails if the master key changed or data was altered. */
  public byte[] open(String sealed) {
    byte[] data = Base64.getDecoder().decode(sealed);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
      return cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot open a DKIM key: is the master key the same?", e);
    }
  }

  synchronized SecretKey key() {
    if (key == null) {
      key = new SecretKeySpec(Base64.getDecoder().decode(masterKey().strip()), "AES");
    }
    return key;
  }

  private String masterKey() {
    if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
      return configuredKey.get();
    }
    Path file = dataDirectory.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        DataDirectory.writePrivate(file, Base64.getEncoder().encodeToString(fresh) + "\n");
      }
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read or create the DKIM master key " + file, e);
    }
  }
}
