package org.jadepost.compose.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Sending scheduled message {@link #mailId()} failed with an error of the server. An application
 * exception, so that it reaches the timer unwrapped with the id, after its claim was rolled back.
 */
@ApplicationException(rollback = true)
public class ScheduledSendFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long mailId;

  /** Message {@code mailId} failed with {@code cause}. */
  public ScheduledSendFailure(long mailId, Throwable cause) {
    super("Scheduled message " + mailId + " failed: " + cause, cause);
    this.mailId = mailId;
  }

  /** The scheduled message that failed. */
  public long mailId() {
    return mailId;
  }
}
