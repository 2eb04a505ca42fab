package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.mailbox.entity.LockScope;
import org.jadepost.mailbox.entity.UnlockAttempt;
import org.jadepost.mailbox.entity.UnlockOutcome;
import org.junit.jupiter.api.Test;

class FolderUnlockThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

  private final FolderUnlockThrottle throttle = new FolderUnlockThrottle();
  private final List<UnlockAttempt> log = new ArrayList<>();

  @Test
  void lockedUntilShouldBeEmptyAfterFourWrongPasswords() {
    wrong(0, 1, 2, 3);

    assertThat(throttle.lockedUntil(log, at(4))).isEmpty();
  }

  @Test
  void lockedUntilShouldHoldFifteenMinutesFromTheFifthWrongPasswordWithinTheWindow() {
    wrong(0, 1, 2, 3, 14);

    assertThat(throttle.lockedUntil(log, at(14))).contains(at(29));
    assertThat(throttle.lockedUntil(log, at(28))).contains(at(29));
    assertThat(throttle.lockedUntil(log, at(29))).isEmpty();
  }

  @Test
  void lockedUntilShouldBeEmptyWhenTheWrongPasswordsSpreadOverMoreThanTheWindow() {
    wrong(0, 1, 2, 3, 15);

    assertThat(throttle.lockedUntil(log, at(15))).isEmpty();
  }

  @Test
  void lockedUntilShouldBeEmptyWhenARightPasswordCameBetween() {
    wrong(0, 1, 2);
    add(UnlockOutcome.OPENED, 3);
    wrong(4, 5);

    assertThat(throttle.lockedUntil(log, at(5))).isEmpty();
  }

  @Test
  void lockedUntilShouldIgnoreRefusedTriesAndCountAfreshOnceTheLockEnds() {
    wrong(0, 1, 2, 3, 4);
    add(UnlockOutcome.REFUSED, 5);
    add(UnlockOutcome.REFUSED, 10);
    wrong(20, 21, 22, 23);

    assertThat(throttle.lockedUntil(log, at(23)))
        .as("the lock ended at minute 19; four new wrong passwords do not lock again")
        .isEmpty();

    wrong(24);
    assertThat(throttle.lockedUntil(log, at(24))).contains(at(39));
  }

  @Test
  void horizonShouldReachBackWindowPlusLock() {
    assertThat(Duration.between(throttle.horizon(at(60)), at(60)))
        .isEqualTo(FolderUnlockThrottle.WINDOW.plus(FolderUnlockThrottle.LOCK));
  }

  private void wrong(int... minutes) {
    for (int minute : minutes) {
      add(UnlockOutcome.WRONG, minute);
    }
  }

  private void add(UnlockOutcome outcome, int minute) {
    log.add(new UnlockAttempt(7L, LockScope.INBOX, "INBOX", outcome, at(minute)));
  }

  private static Instant at(int minute) {
    return T0.plus(Duration.ofMinutes(minute));
  }
}
