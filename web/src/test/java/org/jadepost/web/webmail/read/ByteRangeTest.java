package org.jadepost.web.webmail.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void rangeShouldResolveFirstLastSuffixAndOpenEndedFormsWhenSatisfiable() {
    assertThat(ByteRange.range("bytes=10-14", 20)).containsExactly(10, 14);
    assertThat(ByteRange.range("bytes=10-", 20)).containsExactly(10, 19);
    assertThat(ByteRange.range("bytes=-5", 20)).containsExactly(15, 19);
    assertThat(ByteRange.range("bytes=-50", 20)).containsExactly(0, 19);
    assertThat(ByteRange.range("bytes=5-500", 20)).containsExactly(5, 19);
  }

  @Test
  void rangeShouldBeUnsatisfiableWhenItStartsPastTheEnd() {
    assertThat(ByteRange.range("bytes=20-", 20)).isEmpty();
    assertThat(ByteRange.range("bytes=-0", 20)).isEmpty();
  }

  @Test
  void rangeShouldServeEverythingWhenHeaderIsMissingMalformedOrMultiple() {
    assertThat(ByteRange.range("", 20)).isNull();
    assertThat(ByteRange.range("bytes=1-2,4-5", 20)).isNull();
    assertThat(ByteRange.range("items=1-2", 20)).isNull();
    assertThat(ByteRange.range("bytes=9-3", 20)).isNull();
    assertThat(ByteRange.range("bytes=-", 20)).isNull();
  }
}
