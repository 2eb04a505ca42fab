/**
 * Writing mail in the webmail (C1-C8): send through the submission rules every SMTP client meets,
 * keep drafts in the IMAP-visible Drafts folder, start replies and forwards.
 */
package org.jadepost.compose.boundary;
