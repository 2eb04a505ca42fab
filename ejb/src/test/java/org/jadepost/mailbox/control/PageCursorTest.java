package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageCursorTest {

  @Test
  void decodeShouldReturnWhatEncodeWrote() {
    PageCursor cursor = new PageCursor(Instant.parse("2026-11-27T05:35:02.836852Z"), 4711);

    assertThat(PageCursor.decode(cursor.encode())).contains(cursor);
  }

  @Test
  void decodeShouldBeEmptyWhenMissingOrTampered() {
    assertThat(PageCursor.decode(null)).isEmpty();
    assertThat(PageCursor.decode("")).isEmpty();
    assertThat(PageCursor.decode("!!!")).isEmpty();
    assertThat(PageCursor.decode("bm9jb2xvbg")).isEmpty();
  }
}
