package org.jadepost.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void lockedShouldBeTrueAfterMaxFailuresWithinWindow() {
    failTimes("Alice@Example.com", LoginThrottle.MAX_FAILURES - 1);
    assertThat(throttle.locked("alice@example.com")).isFalse();

    throttle.failed("alice@example.com");

    assertThat(throttle.locked("ALICE@example.com")).isTrue();
    assertThat(throttle.locked("bob@example.com")).isFalse();
  }

  @Test
  void lockedShouldEndWhenWindowPasses() {
    failTimes("alice@example.com", LoginThrottle.MAX_FAILURES);

    clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

    assertThat(throttle.locked("alice@example.com")).isFalse();
  }

  @Test
  void succeededShouldResetTheCount() {
    failTimes("alice@example.com", LoginThrottle.MAX_FAILURES - 1);

    throttle.succeeded("alice@example.com");
    throttle.failed("alice@example.com");

    assertThat(throttle.locked("alice@example.com")).isFalse();
  }

  @Test
  void failuresShouldCountAgainFromOneWhenOldWindowExpired() {
    failTimes("alice@example.com", LoginThrottle.MAX_FAILURES - 1);
    clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

    failTimes("alice@example.com", LoginThrottle.MAX_FAILURES - 1);

    assertThat(throttle.locked("alice@example.com")).isFalse();
  }

  private void failTimes(String login, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(login);
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
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
