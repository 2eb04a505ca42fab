package org.jadepost.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolSweeperTest {

  @TempDir Path incoming;

  @Test
  void sweepShouldRemoveOnlySpoolFilesOlderThanTheCutoff() throws Exception {
    Instant cutoff = Instant.parse("2026-11-27T07:00:00Z");
    Path crashed = spool("crashed.eml", cutoff.minusSeconds(60));
    Path arriving = spool("arriving.eml", cutoff.plusSeconds(1));
    Path other = spool("notes.txt", cutoff.minusSeconds(60));

    int removed = SpoolSweeper.sweep(incoming, cutoff);

    assertThat(removed).isEqualTo(1);
    assertThat(crashed).doesNotExist();
    assertThat(arriving).exists();
    assertThat(other).exists();
  }

  @Test
  void sweepShouldDoNothingWhenTheSpoolDoesNotExistYet() throws Exception {
    assertThat(SpoolSweeper.sweep(incoming.resolve("missing"), Instant.now())).isZero();
  }

  private Path spool(String name, Instant modified) throws Exception {
    Path file = Files.writeString(incoming.resolve(name), "Subject: x\r\n\r\nx\r\n");
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }
}
