package org.jadepost.mailbox.entity;

import java.time.Instant;
import java.util.Set;

/** Read model of a message for lists: no body, no blob id. */
public record MessageSummary(
    long uid,
    String subject,
    String fromName,
    String fromAddress,
    String toAddresses,
    Instant internalDate,
    long sizeBytes,
    Set<Flag> flags,
    boolean hasAttachments) {

  /** The summary of {@code message}. */
  public static MessageSummary of(MailMessage message) {
    return new MessageSummary(
        message.getUid(),
        message.getSubject(),
        message.getFromName(),
        message.getFromAddress(),
        message.getToAddresses(),
        message.getInternalDate(),
        message.getSizeBytes(),
        message.getFlags(),
        message.isHasAttachments());
  }

  /** Whether the message has been read. */
  public boolean isSeen() {
    return flags.contains(Flag.SEEN);
  }
}
