/**
 * The IMAP session: {@link org.jadepost.adapter.imap.session.ImapSessionState}, the selected folder
 * with its UID to MSN map, the assembly of commands with literals, and the port to the MDB. Uses
 * {@code adapter.api.imap}, {@code adapter.net}, {@code adapter.events} and {@code imap.encode}.
 */
package org.jadepost.adapter.imap.session;
