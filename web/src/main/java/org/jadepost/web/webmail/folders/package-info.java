/**
 * The folders page of the webmail (FEATURES D6): create, rename, move and delete custom folders.
 * Calls the mailbox boundary ({@code FolderService}, {@code MailboxService}) only.
 */
package org.jadepost.web.webmail.folders;
