/**
 * The main mail screen of the webmail ({@code /webmail/index.xhtml}): folder tree, lazy keyset
 * message list with its actions, reading pane, and the new-mail push. Views call the {@code
 * mailbox} boundaries {@code MailboxService}, {@code MailReader} and {@code MailActions} only.
 */
package org.jadepost.web.webmail.mail;
