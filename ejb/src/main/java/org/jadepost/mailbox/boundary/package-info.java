/**
 * Entry point of the message store (FEATURES D1, D4, T8): a user's folders, pages of messages,
 * appending and flags. Called by the webmail, and next by delivery and the IMAP/POP3 MDBs.
 */
package org.jadepost.mailbox.boundary;
