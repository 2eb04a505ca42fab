package org.jadepost.adapter.imap.decode;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One complete command as the session assembled it: the lines with each literal's bytes inlined
 * right after its {@code {n}} marker, so a {@link ArgumentReader} can read it as one string. An
 * APPEND message literal is not inlined but streamed to a spool file; {@code streamedAt} is then
 * the offset of its marker.
 *
 * @param bytes the command without the final CRLF
 * @param streamedAt the offset of the streamed literal's {@code {}, or -1
 * @param spool the streamed literal's file, if any
 * @param spoolSize the streamed literal's size in bytes
 */
public record CommandInput(byte[] bytes, int streamedAt, Optional<Path> spool, long spoolSize) {

  /** A command without streamed literal. */
  public static CommandInput of(byte[] bytes) {
    return new CommandInput(bytes, -1, Optional.empty(), 0);
  }
}
