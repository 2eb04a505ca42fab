package org.jadepost.mailbox.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagChangeTest {

  private static final int SEEN = Flag.toBits(Set.of(Flag.SEEN));
  private static final int FLAGGED = Flag.toBits(Set.of(Flag.FLAGGED));
  private final MessageState state = new MessageState(7, SEEN, List.of("$Label1"), 40);

  @Test
  void addShouldKeepWhatWasThereAndIgnoreKeywordCase() {
    MessageState after =
        new FlagChange(FlagChange.Mode.ADD, FLAGGED, List.of("$label1", "$Forwarded"), -1)
            .apply(state);

    assertThat(after.flags()).isEqualTo(SEEN | FLAGGED);
    assertThat(after.keywords()).containsExactly("$Label1", "$Forwarded");
  }

  @Test
  void removeShouldDropOnlyTheNamedFlags() {
    MessageState after =
        new FlagChange(FlagChange.Mode.REMOVE, SEEN, List.of("$LABEL1"), -1).apply(state);

    assertThat(after.flags()).isZero();
    assertThat(after.keywords()).isEmpty();
  }

  @Test
  void replaceShouldSetExactlyTheGivenFlags() {
    MessageState after =
        new FlagChange(FlagChange.Mode.REPLACE, FLAGGED, List.of(), -1).apply(state);

    assertThat(after.flags()).isEqualTo(FLAGGED);
    assertThat(after.keywords()).isEmpty();
  }

  @Test
  void blocksShouldHoldBackMessagesChangedAfterUnchangedSince() {
    assertThat(new FlagChange(FlagChange.Mode.ADD, SEEN, List.of(), 39).blocks(state)).isTrue();
    assertThat(new FlagChange(FlagChange.Mode.ADD, SEEN, List.of(), 40).blocks(state)).isFalse();
    assertThat(new FlagChange(FlagChange.Mode.ADD, SEEN, List.of(), -1).blocks(state)).isFalse();
  }
}
