package org.jadepost.adapter.smtp.hook;

import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.smtp.session.SmtpSession;

/** A check of MAIL FROM (RFC 5321 §4.1.1.2) before the MDB is asked. */
public interface MailHook {

  /** Decides on the transaction {@code envelope} would open, or declines. */
  HookResult onMail(SmtpSession session, SmtpEnvelope envelope);
}
