/**
 * The POP3 server (RFC 1939, with CAPA and response codes of RFC 2449, STLS of RFC 2595 and AUTH
 * PLAIN of RFC 5034): {@link org.jadepost.adapter.pop3.Pop3Protocol} dispatches each line to a
 * handler of {@code command} after checking the {@code session} state. Handlers reach the
 * application only through {@link org.jadepost.adapter.pop3.session.Pop3Backend}, which calls the
 * {@link org.jadepost.adapter.api.pop3.Pop3Listener} MDB. May use {@code adapter.net} and {@code
 * adapter.endpoint}.
 */
package org.jadepost.adapter.pop3;
