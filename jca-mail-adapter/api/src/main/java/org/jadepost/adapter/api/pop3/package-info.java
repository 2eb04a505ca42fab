/**
 * The POP3 contract (RFC 1939) between the adapter and the application: {@link
 * org.jadepost.adapter.api.pop3.Pop3Listener}, implemented by a stateless MDB, and the immutable
 * records it exchanges. The adapter keeps the session (state, the maildrop snapshot and the
 * deletion marks); every call carries what the application needs. Imports only {@code
 * org.jadepost.adapter.api}.
 */
package org.jadepost.adapter.api.pop3;
