/**
 * The restore page of the webmail (FEATURES D4, K3): empty Deleted or Spam, and bring mail emptied
 * in the last 14 days back into a chosen folder. Calls the mailbox boundary ({@code TrashService},
 * {@code MailboxService}) only.
 */
package org.jadepost.web.webmail.restore;
