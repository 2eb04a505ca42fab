package org.jadepost.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExpiringKeysTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void addShouldBeTrueOnlyForAKeyNotHeld() {
    ExpiringKeys keys = new ExpiringKeys(10);

    assertThat(keys.add("a", MINUTE)).isTrue();
    assertThat(keys.add("a", MINUTE)).isFalse();
    assertThat(keys.contains("a")).isTrue();
    assertThat(keys.contains("b")).isFalse();
  }

  @Test
  void aKeyWhoseTimeRanOutShouldBeGoneAndAddableAgain() {
    ExpiringKeys keys = new ExpiringKeys(10);
    keys.add("a", Duration.ZERO);

    assertThat(keys.contains("a")).isFalse();
    assertThat(keys.add("a", MINUTE)).isTrue();
    assertThat(keys.contains("a")).isTrue();
  }

  @Test
  void aFullMemoryShouldBeEmptiedBeforeTheNextKey() {
    ExpiringKeys keys = new ExpiringKeys(2);
    keys.add("a", MINUTE);
    keys.add("b", MINUTE);

    assertThat(keys.add("c", MINUTE)).isTrue();

    assertThat(keys.size()).isEqualTo(1);
    assertThat(keys.contains("a")).isFalse();
    assertThat(keys.contains("c")).isTrue();
  }
}
