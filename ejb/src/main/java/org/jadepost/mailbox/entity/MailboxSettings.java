package org.jadepost.mailbox.entity;

/**
 * A user's own mailbox settings. In an update, null values leave the setting as it is.
 *
 * @param saveSentCopy whether mail he submits from a mail client is also kept in his Sent folder
 *     (L5)
 * @param popRange which Inbox messages his POP3 clients see (T6, manual §20.2): {@code LAST_WEEK}
 *     (the default) or {@code ALL}
 * @param popDeleteProtection "POP clients may not delete web mail" (T6, manual §20.3): when true, a
 *     message a POP3 client deletes stays in the mailbox for the webmail and IMAP and is only
 *     hidden from later POP3 sessions
 */
public record MailboxSettings(Boolean saveSentCopy, String popRange, Boolean popDeleteProtection) {}
