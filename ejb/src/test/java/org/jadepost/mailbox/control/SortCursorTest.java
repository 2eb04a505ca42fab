package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jadepost.mailbox.entity.MessageSort;
import org.junit.jupiter.api.Test;

class SortCursorTest {

  @Test
  void decodeShouldReturnWhatEncodeWroteForEveryOrder() {
    Instant date = Instant.parse("2026-11-27T09:00:00.123456Z");
    for (SortCursor cursor :
        new SortCursor[] {
          new SortCursor(false, date, 7), new SortCursor(false, 2048L, 8),
        }) {
      MessageSort sort = cursor.value() instanceof Instant ? MessageSort.DATE : MessageSort.SIZE;
      assertThat(SortCursor.decode(sort, cursor.encode())).contains(cursor);
    }
    SortCursor subject = new SortCursor(false, "报价单: v2:final", 9);
    assertThat(SortCursor.decode(MessageSort.SUBJECT, subject.encode())).contains(subject);
  }

  @Test
  void decodeShouldKeepTheRunOfMessagesWithoutTheValue() {
    SortCursor missing = new SortCursor(true, null, 42);

    assertThat(SortCursor.decode(MessageSort.SENDER, missing.encode())).contains(missing);
  }

  @Test
  void decodeShouldBeEmptyWhenCursorIsMissingOrTampered() {
    assertThat(SortCursor.decode(MessageSort.SIZE, null)).isEmpty();
    assertThat(SortCursor.decode(MessageSort.SIZE, "")).isEmpty();
    assertThat(SortCursor.decode(MessageSort.SIZE, "!!!")).isEmpty();
    assertThat(SortCursor.decode(MessageSort.SIZE, new SortCursor(false, "abc", 1).encode()))
        .isEmpty();
  }
}
