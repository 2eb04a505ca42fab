/**
 * One processor per IMAP command: it talks only to the {@code ImapListener} port through the
 * session's backend and answers with responses from {@code imap.response}.
 */
package org.jadepost.adapter.imap.process;
