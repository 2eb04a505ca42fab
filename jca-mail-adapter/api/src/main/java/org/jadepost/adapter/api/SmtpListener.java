package org.jadepost.adapter.api;

import java.nio.file.Path;

/**
 * The SMTP server's questions to the application (RFC 5321). The adapter parses commands, keeps the
 * session, enforces limits and writes the message to a spool file; it asks this listener only for
 * the decisions that need business data. Every call goes to a fresh MDB endpoint, so an
 * implementation keeps no state between calls: everything known about the transaction so far is in
 * the {@link SmtpEnvelope}.
 *
 * <p>A reply that is not 2xx refuses the step; 4xx means "try again later", 5xx "never". The
 * adapter sends the reply as given (code, enhanced status, text); an exception becomes {@code 451
 * 4.3.0} and never reaches the client.
 */
public interface SmtpListener {

  /**
   * The greeting (RFC 5321 §4.2): normally {@link SmtpReply#serviceReady(String)}. A 554 or 421
   * refuses the connection; the adapter sends it and closes.
   */
  SmtpReply greet(ConnectionInfo connection);

  /**
   * Checks credentials of AUTH PLAIN or AUTH LOGIN (RFC 4954). The adapter has already decoded them
   * and made sure the connection is protected or allowed in clear.
   *
   * @return {@link SmtpAuthResult#success(String)} with the canonical identity, or a failure with
   *     the reply to send, normally {@link SmtpReply#AUTH_FAILED}
   */
  SmtpAuthResult authenticate(ConnectionInfo connection, String user, String password);

  /**
   * Accepts or refuses the reverse-path of {@code envelope} (MAIL FROM, RFC 5321 §4.1.1.2), for
   * example a submission sender who does not own the address. The envelope has no recipients yet.
   */
  SmtpReply mailFrom(ConnectionInfo connection, SmtpEnvelope envelope);

  /**
   * Accepts or refuses one recipient (RCPT TO, RFC 5321 §4.1.1.3): on MX a hosted address, on
   * submission any address. {@code envelope} holds the recipients accepted so far.
   */
  SmtpReply rcptTo(ConnectionInfo connection, SmtpEnvelope envelope, String recipient);

  /**
   * Takes a complete message. {@code spooledMessage} holds the raw bytes exactly as received,
   * dot-unstuffed, lines ending in CRLF, complete but not fsynced: the listener makes durable what
   * it keeps (a copy, or the file with an fsync) before it returns 2xx. It owns the file from now
   * on: it moves or deletes it. If this method throws, the adapter deletes the file and replies
   * 451. The client gets its 250 only after a 2xx return, so a 2xx must mean the message is durably
   * accepted (RFC 5321 §4.1.1.4, §6.1).
   *
   * <p>The adapter adds no header: the application prepends {@code Received} (RFC 5321 §4.4) and,
   * at final delivery, {@code Return-Path}.
   */
  SmtpReply deliver(ConnectionInfo connection, SmtpEnvelope envelope, Path spooledMessage);
}
