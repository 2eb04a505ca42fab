package org.jadepost.mailbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jadepost.mailbox.entity.UnlockAttempt;
import org.jadepost.mailbox.entity.UnlockOutcome;

/**
 * Throttles guessing of folder passwords (FEATURES N1) the way logins are throttled: the {@link
 * #MAX_WRONG}-th wrong password for one folder within {@link #WINDOW} locks that folder for {@link
 * #LOCK}, during which every try is refused unchecked. A right password clears the count, and so
 * does the end of a lock. Computed from the attempt log, so it holds on every node and after a
 * restart.
 */
@ApplicationScoped
public class FolderUnlockThrottle {

  /** Wrong passwords within {@link #WINDOW} that lock a folder. */
  public static final int MAX_WRONG = 5;

  /** How far back wrong passwords count. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** How long a lock lasts. */
  public static final Duration LOCK = Duration.ofMinutes(15);

  /** How far back the attempts that may matter reach. */
  public Instant horizon(Instant now) {
    return now.minus(WINDOW).minus(LOCK);
  }

  /**
   * Until when the folder whose attempts are {@code attempts} (oldest first, none older than {@link
   * #horizon}) is locked at {@code now}, if it is.
   */
  public Optional<Instant> lockedUntil(List<UnlockAttempt> attempts, Instant now) {
    Deque<Instant> wrong = new ArrayDeque<>();
    Instant until = null;
    for (UnlockAttempt attempt : attempts) {
      Instant at = attempt.getAttemptedAt();
      if (attempt.getOutcome() == UnlockOutcome.OPENED) {
        wrong.clear();
      } else if (attempt.getOutcome().isWrong() && (until == null || !at.isBefore(until))) {
        while (!wrong.isEmpty() && !wrong.peekFirst().isAfter(at.minus(WINDOW))) {
          wrong.removeFirst();
        }
        wrong.addLast(at);
        if (wrong.size() >= MAX_WRONG) {
          until = at.plus(LOCK);
          wrong.clear();
        }
      }
    }
    return Optional.ofNullable(until).filter(now::isBefore);
  }
}
