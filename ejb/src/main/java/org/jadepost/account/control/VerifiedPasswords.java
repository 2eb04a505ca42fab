package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jadepost.platform.control.ExpiringKeys;

/**
 * Remembers for a minute that a password matched a stored hash, so that clients which send the
 * password with every request (HTTP Basic, and later IMAP/POP3/SMTP logins) do not pay the
 * deliberately slow hash each time. The key is the stored hash plus a salted digest of the
 * password: a changed password (new hash) never hits, and no password is kept. The account itself
 * is still read on every login, so disabled or deleted accounts are refused at once. {@code
 * JADEPOST_PASSWORD_CACHE=PT0S} turns the memory off (every login pays the hash).
 */
@ApplicationScoped
public class VerifiedPasswords {

  static final Duration DEFAULT_TTL = Duration.ofSeconds(60);

  @Inject
  @ConfigProperty(name = "jadepost.password-cache", defaultValue = "PT60S")
  Duration ttl = DEFAULT_TTL;

  private final byte[] pepper = new SecureRandom().generateSeed(16);
  private final ExpiringKeys verified = new ExpiringKeys(10_000);

  /** Whether {@code password} matches {@code storedHash}, from memory when verified recently. */
  public boolean matches(String password, String storedHash) {
    if (ttl.isZero() || ttl.isNegative()) {
      return PasswordHasher.matches(password, storedHash);
    }
    String key = key(password, storedHash);
    if (verified.contains(key)) {
      return true;
    }
    if (!PasswordHasher.matches(password, storedHash)) {
      return false;
    }
    verified.add(key, ttl);
    return true;
  }

  /** How many verifications are remembered now. */
  int remembered() {
    return verified.size();
  }

  private String key(String password, String storedHash) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(pepper);
      digest.update(storedHash.getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) 0);
      digest.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
