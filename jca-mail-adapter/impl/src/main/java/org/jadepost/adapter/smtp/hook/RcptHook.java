package org.jadepost.adapter.smtp.hook;

import org.jadepost.adapter.smtp.session.SmtpSession;

/** A check of RCPT TO (RFC 5321 §4.1.1.3) before the MDB is asked. */
public interface RcptHook {

  /** Decides on {@code recipient} for the session's open transaction, or declines. */
  HookResult onRcpt(SmtpSession session, String recipient);
}
