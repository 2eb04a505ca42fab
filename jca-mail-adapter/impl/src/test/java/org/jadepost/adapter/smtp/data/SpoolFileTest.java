package org.jadepost.adapter.smtp.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolFileTest {

  @TempDir Path directory;

  @Test
  void completeShouldLeaveAllBytesInAUniqueEmlFile() throws Exception {
    byte[] content = "Subject: 你好\r\n".getBytes(StandardCharsets.UTF_8);
    SpoolFile first = SpoolFile.create(directory.resolve("spool"));
    SpoolFile second = SpoolFile.create(directory.resolve("spool"));
    first.write(content, 0, content.length);
    first.complete();
    second.discard();
    assertThat(first.path().getFileName().toString()).endsWith(".eml");
    assertThat(Files.readAllBytes(first.path())).isEqualTo(content);
    assertThat(Files.exists(second.path())).isFalse();
  }
}
