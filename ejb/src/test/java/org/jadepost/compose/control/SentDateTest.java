package org.jadepost.compose.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SentDateTest {

  private static final ZonedDateTime LEAVES = ZonedDateTime.parse("2026-11-28T09:30:00+08:00");

  @Test
  void copyShouldReplaceDateAndKeepEverythingElseWhenMessageHasADate() throws IOException {
    String message =
        "From: a@example.com\r\nDate: Fri, 27 Nov 2026 10:00:00 +0000\r\nSubject: Hi\r\n\r\n"
            + "Date: in the body stays\r\n";

    assertThat(copy(message))
        .isEqualTo(
            "From: a@example.com\r\nDate: Sat, 28 Nov 2026 09:30:00 +0800\r\nSubject: Hi\r\n\r\n"
                + "Date: in the body stays\r\n");
  }

  @Test
  void copyShouldDropFoldedLinesOfTheOldDate() throws IOException {
    String message = "Date: Fri, 27 Nov 2026\r\n 10:00:00 +0000\r\nSubject: Hi\r\n\r\nBody\r\n";

    assertThat(copy(message))
        .isEqualTo("Date: Sat, 28 Nov 2026 09:30:00 +0800\r\nSubject: Hi\r\n\r\nBody\r\n");
  }

  @Test
  void copyShouldAddDateWhenMessageHasNone() throws IOException {
    assertThat(copy("Subject: Hi\r\n\r\nBody\r\n"))
        .isEqualTo("Subject: Hi\r\nDate: Sat, 28 Nov 2026 09:30:00 +0800\r\n\r\nBody\r\n");
  }

  @Test
  void copyShouldNotTakeAFieldStartingWithDateForTheDate() throws IOException {
    assertThat(copy("Dates: x\r\nDate: y\r\n\r\nB"))
        .isEqualTo("Dates: x\r\nDate: Sat, 28 Nov 2026 09:30:00 +0800\r\n\r\nB");
  }

  private static String copy(String message) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SentDate.copy(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)), out, LEAVES);
    return out.toString(StandardCharsets.UTF_8);
  }
}
