package org.jadepost.adapter.pop3.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jadepost.adapter.api.pop3.Pop3Maildrop;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.junit.jupiter.api.Test;

class MaildropTest {

  private final Maildrop maildrop =
      new Maildrop(
          new Pop3Maildrop(
              List.of(
                  new Pop3MessageInfo("1.1", 10),
                  new Pop3MessageInfo("1.5", 20),
                  new Pop3MessageInfo("1.9", 30))));

  @Test
  void deleteShouldHideTheMessageFromCountsUntilReset() {
    maildrop.delete(2);

    assertThat(maildrop.count()).isEqualTo(2);
    assertThat(maildrop.octets()).isEqualTo(40);
    assertThat(maildrop.liveNumbers()).containsExactly(1, 3);
    assertThat(maildrop.live(2)).isEmpty();
    assertThat(maildrop.isDeleted(2)).isTrue();
    assertThat(maildrop.markedIds()).containsExactly("1.5");

    maildrop.reset();
    assertThat(maildrop.count()).isEqualTo(3);
    assertThat(maildrop.octets()).isEqualTo(60);
    assertThat(maildrop.markedIds()).isEmpty();
  }

  @Test
  void existsShouldAcceptOnlyNumbersOfTheSnapshot() {
    assertThat(maildrop.exists(0)).isFalse();
    assertThat(maildrop.exists(1)).isTrue();
    assertThat(maildrop.exists(3)).isTrue();
    assertThat(maildrop.exists(4)).isFalse();
    assertThat(maildrop.live(4)).isEmpty();
  }

  @Test
  void snapshotShouldRefuseDuplicateAndMalformedUniqueIds() {
    assertThatThrownBy(
            () ->
                new Pop3Maildrop(List.of(new Pop3MessageInfo("a", 1), new Pop3MessageInfo("a", 2))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pop3MessageInfo("has space", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pop3MessageInfo("x".repeat(71), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
