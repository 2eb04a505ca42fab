/**
 * Reading the mailbox with real mail clients against the real server. IMAP (Python imaplib, curl,
 * mutt, mbsync): folders, FETCH, SEARCH with Chinese text, STORE, COPY, MOVE, EXPUNGE, APPEND, IDLE
 * and the changes other sessions see, tenant isolation and failed logins. POP3 (poplib, curl,
 * fetchmail). Uses the shared server and its own domains.
 */
package org.jadepost.blackbox.mailbox;
