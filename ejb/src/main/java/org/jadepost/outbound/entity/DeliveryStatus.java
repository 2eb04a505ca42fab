package org.jadepost.outbound.entity;

/** Where a recipient's copy of a message stands (FEATURES O3). */
public enum DeliveryStatus {
  /** Waiting for its first attempt. */
  QUEUED,
  /** A remote server deferred it (4xx) or could not be reached; it will be retried. */
  DEFERRED,
  /** Stored in a hosted recipient's mailbox. */
  DELIVERED_TO_MAILBOX,
  /** Accepted by the recipient's server. */
  DELIVERED_REMOTE,
  /** Refused for good, or retried until the retry period ended; the sender got a DSN. */
  BOUNCED;

  /** Whether a worker may still pick it up. */
  public boolean isPending() {
    return this == QUEUED || this == DEFERRED;
  }
}
