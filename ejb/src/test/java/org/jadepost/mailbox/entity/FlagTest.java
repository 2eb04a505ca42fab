package org.jadepost.mailbox.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FlagTest {

  @Test
  void fromBitsShouldReturnTheFlagsToBitsStored() {
    EnumSet<Flag> flags = EnumSet.of(Flag.SEEN, Flag.FLAGGED, Flag.DRAFT);

    assertThat(Flag.fromBits(Flag.toBits(flags))).isEqualTo(flags);
    assertThat(Flag.fromBits(0)).isEmpty();
    assertThat(Flag.toBits(EnumSet.allOf(Flag.class))).isEqualTo(31);
  }
}
