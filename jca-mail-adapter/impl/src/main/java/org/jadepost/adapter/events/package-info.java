/**
 * Mailbox change events: the in-node bus that wakes IMAP sessions, and the outbound JCA connection
 * through which the application publishes to it. Uses only {@code adapter.api.imap} and {@code
 * adapter.outbound}.
 */
package org.jadepost.adapter.events;
