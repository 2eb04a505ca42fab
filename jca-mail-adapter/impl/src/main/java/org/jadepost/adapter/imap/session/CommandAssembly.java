package org.jadepost.adapter.imap.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jadepost.adapter.imap.decode.CommandInput;

/**
 * Collects one command across lines and literals (RFC 3501 §4.3): lines are appended with each
 * literal's bytes inlined after its marker; an APPEND message literal goes to a spool file instead,
 * chunk by chunk, so it never sits in memory.
 */
public final class CommandAssembly {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private int streamedAt = -1;
  private Path spool;
  private OutputStream spoolOut;
  private long spoolSize;
  private long literalRemaining;

  /** Whether a command is partly received. */
  public boolean inProgress() {
    return bytes.size() > 0;
  }

  /** Whether a streamed literal is being received. */
  public boolean streaming() {
    return spoolOut != null;
  }

  /** The bytes so far, for parsing the command's start. */
  public byte[] soFar() {
    return bytes.toByteArray();
  }

  /** Appends a line or an in-memory literal. */
  public void append(byte[] part) {
    bytes.writeBytes(part);
  }

  /** The size of the bytes so far. */
  public int size() {
    return bytes.size();
  }

  /** Starts streaming a literal of {@code size} bytes into {@code file}. */
  public void startStream(Path file, long size, int markerOffset) throws IOException {
    spool = file;
    spoolOut = Files.newOutputStream(file);
    spoolSize = size;
    literalRemaining = size;
    streamedAt = markerOffset;
    if (size == 0) {
      spoolOut.close();
      spoolOut = null;
    }
  }

  /** Writes one chunk; returns true when the literal is complete. */
  public boolean write(byte[] chunk) throws IOException {
    spoolOut.write(chunk);
    literalRemaining -= chunk.length;
    if (literalRemaining <= 0) {
      spoolOut.close();
      spoolOut = null;
      return true;
    }
    return false;
  }

  /** The complete command; the spool file now belongs to the caller. */
  public CommandInput finish() {
    CommandInput input =
        new CommandInput(bytes.toByteArray(), streamedAt, Optional.ofNullable(spool), spoolSize);
    spool = null;
    clear();
    return input;
  }

  /** Drops the command, deleting a spool file. */
  public void reset() {
    try {
      if (spoolOut != null) {
        spoolOut.close();
      }
      if (spool != null) {
        Files.deleteIfExists(spool);
      }
    } catch (IOException e) {
      // nothing more to do for a file that cannot be removed
    }
    spool = null;
    clear();
  }

  private void clear() {
    spoolOut = null;
    bytes.reset();
    streamedAt = -1;
    spoolSize = 0;
    literalRemaining = 0;
  }
}
