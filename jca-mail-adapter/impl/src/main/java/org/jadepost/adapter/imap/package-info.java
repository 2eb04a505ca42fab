/**
 * The IMAP server (RFC 3501 and extensions, see docs/IMAP.md): {@link
 * org.jadepost.adapter.imap.ImapProtocol} dispatches, split as STYLE.md §2 into decode, request,
 * process, response, encode and session.
 */
package org.jadepost.adapter.imap;
