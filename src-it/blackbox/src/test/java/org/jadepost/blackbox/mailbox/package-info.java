/**
 * IMAP against the real server with real clients (Python imaplib, curl, mutt, mbsync): folders,
 * FETCH, SEARCH with Chinese text, STORE, COPY, MOVE, EXPUNGE, APPEND, IDLE and the changes other
 * sessions see, tenant isolation and failed logins. Uses the shared server and its own domains.
 */
package org.jadepost.blackbox.mailbox;
