package org.jadepost.delivery.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One append-only segment of the commit journal with group commit: writers append under a short
 * lock, then ask for a sync up to their own end; one fsync covers every writer waiting at that
 * moment, so concurrent deliveries share the cost.
 */
final class JournalFile implements AutoCloseable {

  private final Path path;
  private final FileChannel channel;
  private final Object syncLock = new Object();
  private final AtomicInteger open = new AtomicInteger();
  private long written;
  private volatile long synced;

  JournalFile(Path path) throws IOException {
    this.path = path;
    this.channel =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);
  }

  Path path() {
    return path;
  }

  /** Appends {@code record}; returns the offset a sync must reach to make it durable. */
  synchronized long append(byte[] record) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(record);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    written += record.length;
    return written;
  }

  private synchronized long written() {
    return written;
  }

  /** Returns once everything up to {@code offset} is on disk. */
  void syncTo(long offset) throws IOException {
    if (synced >= offset) {
      return;
    }
    synchronized (syncLock) {
      if (synced >= offset) {
        return; // a writer ahead of us synced for us
      }
      long target = written();
      channel.force(false);
      synced = target;
    }
  }

  /** A transaction that wrote here has not ended yet. */
  void opened() {
    open.incrementAndGet();
  }

  void ended() {
    open.decrementAndGet();
  }

  /** Whether every transaction that wrote here has committed or rolled back. */
  boolean settled() {
    return open.get() == 0;
  }

  boolean isEmpty() {
    return written() == 0;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
