package org.jadepost.mailbox.entity;

/**
 * A user's own mailbox settings.
 *
 * @param saveSentCopy whether mail he submits from a mail client is also kept in his Sent folder
 *     (L5); null in an update leaves it as it is
 */
public record MailboxSettings(Boolean saveSentCopy) {}
