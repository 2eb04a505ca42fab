package org.jadepost.platform.control;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys remembered for a while in memory, for shortcuts that may forget: a verified password, a
 * login already logged. At {@code max} keys the memory is emptied rather than searched for expired
 * ones; a forgotten key costs its user one more slow hash or log row, never a wrong answer.
 */
public final class ExpiringKeys {

  private final int max;
  private final ConcurrentHashMap<String, Long> until = new ConcurrentHashMap<>();

  public ExpiringKeys(int max) {
    this.max = max;
  }

  /** Whether {@code key} is remembered and its time has not run out. */
  public boolean contains(String key) {
    Long end = until.get(key);
    return end != null && end - System.nanoTime() > 0;
  }

  /**
   * Remembers {@code key} for {@code ttl} unless it is remembered already: {@code true} when it was
   * not (or its time had run out), which starts its time again.
   */
  public boolean add(String key, Duration ttl) {
    long now = System.nanoTime();
    if (until.size() >= max) {
      until.clear();
    }
    boolean[] added = {false};
    until.compute(
        key,
        (k, end) -> {
          if (end != null && end - now > 0) {
            return end;
          }
          added[0] = true;
          return now + ttl.toNanos();
        });
    return added[0];
  }

  /** How many keys are held now, expired ones included until the next emptying. */
  public int size() {
    return until.size();
  }
}
