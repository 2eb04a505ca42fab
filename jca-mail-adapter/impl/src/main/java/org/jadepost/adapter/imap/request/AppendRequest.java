package org.jadepost.adapter.imap.request;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * APPEND mailbox [flags] [date-time] literal (RFC 3501 §6.3.11); the literal is already in a spool
 * file.
 */
public record AppendRequest(
    String tag, String mailbox, List<String> flags, Optional<Instant> date, Path spool, long size)
    implements ImapRequest {

  /** Copies the flags. */
  public AppendRequest {
    flags = List.copyOf(flags);
  }

  @Override
  public String command() {
    return "APPEND";
  }
}
