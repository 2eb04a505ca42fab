package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PopUniqueIdTest {

  @Test
  void parseShouldReadBackWhatToStringWrote() {
    PopUniqueId id = new PopUniqueId(1795778378L, 42);
    assertThat(id.toString()).isEqualTo("1795778378.42");
    assertThat(PopUniqueId.parse(id.toString())).contains(id);
  }

  @Test
  void parseShouldRefuseAnythingElse() {
    assertThat(PopUniqueId.parse(null)).isEmpty();
    assertThat(PopUniqueId.parse("")).isEmpty();
    assertThat(PopUniqueId.parse("42")).isEmpty();
    assertThat(PopUniqueId.parse("1.-2")).isEmpty();
    assertThat(PopUniqueId.parse("1.2.3")).isEmpty();
    assertThat(PopUniqueId.parse("1234567890123456789.1")).isEmpty();
  }
}
