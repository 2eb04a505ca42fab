package org.jadepost.mailbox.entity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Read model of a message for lists: no body, no blob id; its IMAP keywords so a list can show the
 * tags it carries.
 */
public record MessageSummary(
    long uid,
    String subject,
    String fromName,
    String fromAddress,
    String toAddresses,
    Instant internalDate,
    long sizeBytes,
    Set<Flag> flags,
    boolean hasAttachments,
    List<String> keywords) {

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
        message.isHasAttachments(),
        message.getKeywords());
  }

  /** Whether the message has been read. */
  public boolean isSeen() {
    return flags.contains(Flag.SEEN);
  }
}
