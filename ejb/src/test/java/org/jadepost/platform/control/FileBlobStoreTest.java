package org.jadepost.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.jadepost.platform.entity.BlobRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest {

  @TempDir Path root;

  @Test
  void putShouldStoreContentUnderItsSha256() throws Exception {
    FileBlobStore store = new FileBlobStore(root);
    byte[] content = "Subject: 你好\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8);

    BlobRef ref = store.put(new ByteArrayInputStream(content));

    assertThat(ref.size()).isEqualTo(content.length);
    assertThat(ref.id()).hasSize(64).matches("[0-9a-f]+");
    try (InputStream in = store.open(ref.id()).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void putShouldStoreIdenticalContentOnceAndLeaveNoTemporaryFiles() throws Exception {
    FileBlobStore store = new FileBlobStore(root);
    byte[] content = new byte[300_000];
    new Random(7).nextBytes(content);

    BlobRef first = store.put(new ByteArrayInputStream(content));
    BlobRef second = store.put(new ByteArrayInputStream(content));

    assertThat(second).isEqualTo(first);
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile)).hasSize(1);
    }
  }

  @Test
  void deleteShouldRemoveTheBlob() throws Exception {
    FileBlobStore store = new FileBlobStore(root);
    BlobRef ref = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));

    assertThat(store.delete(ref.id())).isTrue();
    assertThat(store.exists(ref.id())).isFalse();
    assertThat(store.open(ref.id())).isEmpty();
    assertThat(store.delete(ref.id())).isFalse();
  }

  @Test
  void openShouldRejectIdsThatCouldEscapeTheStore() throws Exception {
    FileBlobStore store = new FileBlobStore(root);

    assertThatThrownBy(() -> store.open("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
