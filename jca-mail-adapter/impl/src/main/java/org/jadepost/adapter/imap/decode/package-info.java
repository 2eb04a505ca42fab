/**
 * The IMAP command parsers (RFC 3501 §9): {@link org.jadepost.adapter.imap.decode.ImapDecoder}
 * picks one {@code XxxCommandParser} per command, which reads an {@link
 * org.jadepost.adapter.imap.decode.ArgumentReader} into a request. May use only {@code
 * imap.request}, {@code imap.response} (for texts) and {@code adapter.api.imap}.
 */
package org.jadepost.adapter.imap.decode;
