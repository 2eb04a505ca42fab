package org.jadepost.web.rest.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jadepost.account.entity.Actor;

/**
 * Remembers recently verified API credentials for a minute, so that a script making many calls does
 * not pay the deliberately slow password hash on each one. Keys are salted digests of login and
 * password; no password is kept.
 */
@ApplicationScoped
public class CredentialCache {

  static final Duration TTL = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private final byte[] pepper = new SecureRandom().generateSeed(16);
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** The actor verified for these credentials within the last minute. */
  public Optional<Actor> get(String login, String password) {
    Entry entry = entries.get(key(login, password));
    if (entry == null || entry.expires < System.nanoTime()) {
      return Optional.empty();
    }
    return Optional.of(entry.actor);
  }

  /** Remembers a successful verification. */
  public void put(String login, String password, Actor actor) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key(login, password), new Entry(actor, System.nanoTime() + TTL.toNanos()));
  }

  private String key(String login, String password) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(pepper);
      digest.update(login.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(password.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Entry(Actor actor, long expires) {}
}
