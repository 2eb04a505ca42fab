/**
 * The state of one SMTP connection: {@link org.jadepost.adapter.smtp.session.SmtpSession} with its
 * {@link org.jadepost.adapter.smtp.session.SmtpSessionState}, the replies ({@link
 * org.jadepost.adapter.smtp.session.SmtpResponse}) and the gateway to the MDB ({@link
 * org.jadepost.adapter.smtp.session.SmtpBackend}).
 *
 * <p>It may call {@code adapter.api}, {@code adapter.net} and {@code adapter.endpoint}.
 */
package org.jadepost.adapter.smtp.session;
