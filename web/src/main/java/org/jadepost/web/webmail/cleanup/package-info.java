/**
 * The cleanup page of the webmail (FEATURES K1): scan chosen folders by date, size and subject and
 * move up to 200 of the results to Deleted. Calls the mailbox boundary ({@code CleanupService},
 * {@code MailboxService}) only.
 */
package org.jadepost.web.webmail.cleanup;
