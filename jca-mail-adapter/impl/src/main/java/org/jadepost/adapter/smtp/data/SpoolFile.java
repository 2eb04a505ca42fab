package org.jadepost.adapter.smtp.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One message being written to the spool directory as {@code <uuid>.eml}. {@link #complete()}
 * flushes and closes it without fsync: the spool is a hand-over to the listener, which makes
 * durable what it keeps before it answers 2xx, and a crash before that answer makes the client send
 * again.
 */
public final class SpoolFile implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SpoolFile.class.getName());

  private final Path path;
  private final FileChannel channel;
  private final OutputStream out;
  private boolean closed;

  private SpoolFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
  }

  /** Creates a new, empty, uniquely named file in {@code directory}. */
  public static SpoolFile create(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path path = directory.resolve(UUID.randomUUID() + ".eml");
    FileChannel channel =
        FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new SpoolFile(path, channel);
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /** Appends {@code length} bytes of {@code bytes} from {@code offset}. */
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
  }

  /** Flushes and closes the file, so the listener can read all its bytes. */
  public void complete() throws IOException {
    out.flush();
    close();
  }

  /** Closes and deletes the file, for a refused or failed message. */
  public void discard() {
    close();
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.log(Level.WARNING, e, () -> "Cannot delete spool file " + path);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Closing spool file failed", e);
    }
  }
}
