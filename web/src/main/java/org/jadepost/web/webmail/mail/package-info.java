/**
 * The main mail screen of the webmail ({@code /webmail/index.xhtml}): folder and tag tree, the lazy
 * keyset message list (a folder) or a bounded list across folders (search hits, a tag), the
 * toolbar's actions, the advanced search panel, the reading pane, and the new-mail push. Views call
 * the {@code mailbox} boundaries ({@code MailboxService}, {@code MailReader}, {@code MailActions},
 * {@code SearchService}, {@code TagService}) and the session's {@code UnlockedFolders} only.
 */
package org.jadepost.web.webmail.mail;
