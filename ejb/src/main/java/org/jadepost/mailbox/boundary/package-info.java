/**
 * Entry point of the message store (FEATURES D1, D4, T8): a user's folders, pages of messages,
 * appending and flags; the IMAP listeners (ImapEndpoint, ImapsEndpoint) and their boundaries
 * ImapMailbox and ImapMessages; the POP3 maildrop ({@code MaildropService} behind the {@code
 * Pop3Endpoint} and {@code Pop3sEndpoint} MDBs). Called by the webmail, delivery and the mail
 * protocol MDBs.
 */
package org.jadepost.mailbox.boundary;
