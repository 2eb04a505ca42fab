package org.jadepost.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalFileTest {

  @TempDir Path dir;

  @Test
  void concurrentWritersShouldAllFindTheirRecordOnDiskWhenSyncReturns() throws Exception {
    Path path = dir.resolve("segment.log");
    ExecutorService writers = Executors.newFixedThreadPool(8);
    try (JournalFile file = new JournalFile(path)) {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String record = "record-" + i + "\n";
        done.add(
            writers.submit(
                () -> {
                  long end = file.append(record.getBytes(StandardCharsets.UTF_8));
                  file.syncTo(end);
                  // After syncTo the record is in the file however the fsyncs were grouped.
                  assertThat(Files.readString(path)).contains(record);
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      writers.shutdownNow();
    }
    assertThat(Files.readAllLines(path)).hasSize(200).doesNotHaveDuplicates();
  }

  @Test
  void aSegmentShouldBeSettledOnlyWhenEveryOpenedTransactionEnded() throws Exception {
    try (JournalFile file = new JournalFile(dir.resolve("s.log"))) {
      assertThat(file.isEmpty()).isTrue();
      file.opened();
      file.opened();
      file.append("x\n".getBytes(StandardCharsets.UTF_8));
      file.ended();
      assertThat(file.settled()).isFalse();
      file.ended();
      assertThat(file.settled()).isTrue();
      assertThat(file.isEmpty()).isFalse();
    }
  }
}
