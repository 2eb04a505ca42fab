package org.jadepost.adapter.imap.request;

/** A command on one folder name: CREATE, DELETE, SUBSCRIBE, UNSUBSCRIBE. */
public record MailboxRequest(String tag, String command, String mailbox) implements ImapRequest {}
