package org.jadepost.adapter.smtp.hook.policy;

import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.hook.HookResult;
import org.jadepost.adapter.smtp.hook.MailHook;
import org.jadepost.adapter.smtp.session.SmtpSession;

/** Refuses MAIL without prior AUTH where the listener requires it (RFC 4954 §6, RFC 6409 §4.3). */
public final class AuthRequiredHook implements MailHook {

  /** 530 5.7.0 Authentication required. */
  public static final SmtpReply AUTH_REQUIRED =
      new SmtpReply(530, "5.7.0", "Authentication required");

  @Override
  public HookResult onMail(SmtpSession session, SmtpEnvelope envelope) {
    boolean missing =
        session.configuration().authRequired() && session.authenticatedUser().isEmpty();
    return missing ? HookResult.of(AUTH_REQUIRED) : HookResult.DECLINED;
  }
}
