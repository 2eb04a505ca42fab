package org.jadepost.compose.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduledMailTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private static ScheduledMail mail() {
    return new ScheduledMail(
        null,
        "li@example.cn",
        SendTime.of(LocalDateTime.parse("2026-11-27T19:30"), "Asia/Shanghai", NOW),
        new ScheduledMail.Written("li@example.cn", List.of("bob@example.org"), "报价", "b1", "b2"));
  }

  @Test
  void retryLaterShouldPostponeUntilTheCapThenGiveUpWithTheReason() {
    ScheduledMail mail = mail();
    Instant later = NOW.plus(Duration.ofMinutes(5));

    for (int i = 1; i < 3; i++) {
      assertThat(mail.retryLater(later, "451 4.3.0 busy", 3)).isTrue();
      assertThat(mail.getState()).isEqualTo(ScheduledMail.State.WAITING);
      assertThat(mail.getSendAt()).isEqualTo(later);
    }
    assertThat(mail.retryLater(later.plusSeconds(60), "451 4.3.0 busy", 3)).isFalse();

    assertThat(mail.getState()).isEqualTo(ScheduledMail.State.FAILED);
    assertThat(mail.getFailure()).isEqualTo("451 4.3.0 busy");
    assertThat(mail.getAttempts()).isEqualTo(3);
  }
}
