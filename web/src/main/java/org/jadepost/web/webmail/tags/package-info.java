/**
 * The tags page of the webmail (FEATURES D7): create, change and delete tags with their colours,
 * and list the mail of a tag. Calls the mailbox boundary ({@code TagService}) only.
 */
package org.jadepost.web.webmail.tags;
