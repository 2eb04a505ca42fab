/**
 * The IMAP contract between the mail resource adapter and the application (RFC 3501, RFC 9051).
 *
 * <p>The adapter parses commands, keeps the session (login, selected folder, the UID to message
 * sequence number map) and computes everything that can be computed from a message's bytes
 * (ENVELOPE, BODYSTRUCTURE, BODY[section]). It asks the application, through {@link
 * org.jadepost.adapter.api.imap.ImapListener}, only for stored data: folders, message metadata,
 * flags, searches and changes. Each call is stateless and carries an {@link
 * org.jadepost.adapter.api.imap.ImapCaller}.
 *
 * <p>The other direction is {@link org.jadepost.adapter.api.imap.MailboxEventsConnectionFactory}:
 * the application publishes a {@link org.jadepost.adapter.api.imap.MailboxChange} after each
 * committed change, and the adapter wakes the sessions interested in that folder, which then ask
 * {@link org.jadepost.adapter.api.imap.ImapListener#changes}.
 *
 * <p>This package imports only the JDK and {@code org.jadepost.adapter.api}.
 */
package org.jadepost.adapter.api.imap;
