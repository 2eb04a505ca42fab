package org.jadepost.mailbox.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jadepost.adapter.api.imap.MessageContent;

/**
 * A message's bytes as the adapter opens them after FETCH returned: the blob's file by name, so it
 * holds nothing of the transaction and travels as a string.
 *
 * @param file the blob file's absolute path
 */
public record StoredContent(String file) implements MessageContent {

  /** The content of the blob file {@code path}. */
  public static StoredContent of(Path path) {
    return new StoredContent(path.toAbsolutePath().toString());
  }

  @Override
  public InputStream open() throws IOException {
    return Files.newInputStream(Path.of(file));
  }
}
