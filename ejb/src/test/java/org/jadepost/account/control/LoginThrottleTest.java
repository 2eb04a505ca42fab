package org.jadepost.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jadepost.account.entity.LoginReason;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final ThrottleLimits LIMITS =
      new ThrottleLimits(
          5, 8, Duration.ofMinutes(5), Duration.ofMinutes(15), 2, Duration.ofSeconds(1));
  private static final String ALICE = "alice@example.com";
  private static final String IP = "192.0.2.7";

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock, LIMITS);

  @Test
  void lockShouldHoldForTheLoginAfterMaxFailuresWithinWindow() {
    failTimes("Alice@Example.com", IP, 4);
    assertThat(throttle.lock(ALICE, "198.51.100.1")).isEmpty();

    assertThat(throttle.failed(ALICE, IP)).containsExactly(LoginReason.ACCOUNT_LOCKED);

    assertThat(throttle.lock("ALICE@example.com", "198.51.100.1"))
        .contains(LoginReason.ACCOUNT_LOCKED);
    assertThat(throttle.lock("bob@example.com", "198.51.100.1")).isEmpty();
  }

  @Test
  void failedShouldReportTheLockOnlyOnceWhenItIsSet() {
    failTimes(ALICE, IP, 5);

    assertThat(throttle.failed(ALICE, "198.51.100.1")).isEmpty();
  }

  @Test
  void lockShouldHoldForTheAddressAfterMaxFailuresOverManyLogins() {
    for (int i = 0; i < 7; i++) {
      assertThat(throttle.failed("user" + i + "@example.com", IP)).isEmpty();
    }

    assertThat(throttle.failed("user7@example.com", IP))
        .containsExactly(LoginReason.ADDRESS_LOCKED);

    assertThat(throttle.lock("carol@example.com", IP)).contains(LoginReason.ADDRESS_LOCKED);
    assertThat(throttle.lock("carol@example.com", "198.51.100.1")).isEmpty();
  }

  @Test
  void lockShouldLastTheLockDurationFromTheLockingFailureNotFromTheFirst() {
    failTimes(ALICE, IP, 4);
    clock.advance(Duration.ofMinutes(4));
    throttle.failed(ALICE, IP);

    clock.advance(Duration.ofMinutes(14));
    assertThat(throttle.lock(ALICE, null)).contains(LoginReason.ACCOUNT_LOCKED);

    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(throttle.lock(ALICE, null)).isEmpty();
  }

  @Test
  void failuresShouldCountAgainFromOneWhenTheLockEnded() {
    failTimes(ALICE, IP, 5);
    clock.advance(Duration.ofMinutes(16));

    failTimes(ALICE, null, 4);

    assertThat(throttle.lock(ALICE, null)).isEmpty();
  }

  @Test
  void failuresShouldCountAgainFromOneWhenTheWindowPassedWithoutLock() {
    failTimes(ALICE, IP, 4);
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    failTimes(ALICE, IP, 4);

    assertThat(throttle.lock(ALICE, IP)).isEmpty();
  }

  @Test
  void succeededShouldResetTheLoginButNotTheAddress() {
    failTimes("x@example.com", IP, 4);
    failTimes(ALICE, IP, 3);

    throttle.succeeded(ALICE);
    throttle.failed(ALICE, IP);

    assertThat(throttle.lock(ALICE, "198.51.100.1")).isEmpty();
    assertThat(throttle.lock("y@example.com", IP)).contains(LoginReason.ADDRESS_LOCKED);
  }

  @Test
  void delayShouldGrowAfterTheFirstFailuresUpToTheMaximum() {
    failTimes(ALICE, null, 2);
    assertThat(throttle.delay(ALICE)).isZero();

    throttle.failed(ALICE, null);
    assertThat(throttle.delay(ALICE)).isEqualTo(Duration.ofMillis(250));
    throttle.failed(ALICE, null);
    assertThat(throttle.delay(ALICE)).isEqualTo(Duration.ofMillis(500));
    throttle.failed(ALICE, null);
    assertThat(throttle.delay(ALICE)).isEqualTo(Duration.ofSeconds(1));
    assertThat(LIMITS.delayAfter(40)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void lockedCountShouldCountLockedLoginsAndAddressesUntilTheyExpire() {
    failTimes(ALICE, IP, 5);
    failTimes("bob@example.com", IP, 3);

    assertThat(throttle.lockedCount()).isEqualTo(2);

    clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(throttle.lockedCount()).isZero();
  }

  private void failTimes(String login, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(login, address);
    }
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-27T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
