/**
 * Entry point of the message store (FEATURES D1, D4, T8): a user's folders, pages of messages,
 * appending and flags; the IMAP listeners (ImapEndpoint, ImapsEndpoint) and their boundaries
 * ImapMailbox and ImapMessages. Called by the webmail, delivery and the IMAP MDBs.
 */
package org.jadepost.mailbox.boundary;
