package org.jadepost.adapter.imap.request;

/**
 * A command without arguments: CAPABILITY, NOOP, LOGOUT, STARTTLS, CHECK, CLOSE, EXPUNGE, UNSELECT,
 * IDLE, NAMESPACE.
 */
public record SimpleRequest(String tag, String command) implements ImapRequest {}
