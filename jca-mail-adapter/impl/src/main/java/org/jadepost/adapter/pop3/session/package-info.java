/**
 * The state of one POP3 connection: {@link org.jadepost.adapter.pop3.session.Pop3SessionState} (RFC
 * 1939 §3), the maildrop snapshot with its deletion marks, the MDB gateway {@link
 * org.jadepost.adapter.pop3.session.Pop3Backend}, and {@link
 * org.jadepost.adapter.pop3.session.Pop3Response}, which only {@link
 * org.jadepost.adapter.pop3.session.Pop3Session#send} turns into bytes (dot-stuffed message data
 * streamed by {@link org.jadepost.adapter.pop3.session.DotStuffer}). May use {@code adapter.net},
 * {@code adapter.endpoint} and {@code adapter.api.pop3}.
 */
package org.jadepost.adapter.pop3.session;
