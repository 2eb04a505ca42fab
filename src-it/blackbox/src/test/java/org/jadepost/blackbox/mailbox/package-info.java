/** Reading the mailbox with real mail clients: POP3 (poplib, curl, fetchmail). */
package org.jadepost.blackbox.mailbox;
