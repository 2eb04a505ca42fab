/**
 * The SMTP server (RFC 5321 with SIZE, 8BITMIME, SMTPUTF8, PIPELINING, ENHANCEDSTATUSCODES,
 * STARTTLS and AUTH): {@link org.jadepost.adapter.smtp.SmtpProtocol} is the dispatcher that checks
 * the session state and calls one command handler per line; {@link
 * org.jadepost.adapter.smtp.SmtpConfiguration} holds the limits of a listener.
 *
 * <p>It may call {@code adapter.api}, {@code adapter.net}, {@code adapter.endpoint} and its own
 * sub-packages.
 */
package org.jadepost.adapter.smtp;
