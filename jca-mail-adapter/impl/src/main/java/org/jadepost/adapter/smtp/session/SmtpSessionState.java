package org.jadepost.adapter.smtp.session;

/** Where a session stands in the command sequence of RFC 5321 §4.1.4 and §3.3. */
public enum SmtpSessionState {
  /** Greeted, but the client has not said EHLO or HELO yet (again after STARTTLS). */
  CONNECTED,
  /** EHLO or HELO done, no mail transaction open. */
  READY,
  /** MAIL accepted, no recipient yet. */
  MAIL_GIVEN,
  /** At least one RCPT accepted; DATA may follow. */
  RCPT_GIVEN
}
