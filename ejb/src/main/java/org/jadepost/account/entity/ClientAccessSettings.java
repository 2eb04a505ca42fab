package org.jadepost.account.entity;

/**
 * A user's choice for his mail clients (T7).
 *
 * @param requireClientCodes when true, IMAP, POP3 and SMTP accept only an authorization code, never
 *     the password; {@code null} in a change request leaves it as it is
 */
public record ClientAccessSettings(Boolean requireClientCodes) {}
