package org.jadepost.account.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * Which Inbox messages a user's POP3 clients see (T6, manual §20.2): by default those of the last
 * week, or all of them.
 */
public enum PopRange {
  /** Messages received in the last seven days; the default. */
  LAST_WEEK,
  /** Every message of the Inbox. */
  ALL;

  /** The earliest internal date a message may have to be seen at {@code now}. */
  public Instant since(Instant now) {
    return this == ALL ? Instant.EPOCH : now.minus(Duration.ofDays(7));
  }
}
