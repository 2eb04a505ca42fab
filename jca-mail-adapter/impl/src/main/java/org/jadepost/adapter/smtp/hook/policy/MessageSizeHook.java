package org.jadepost.adapter.smtp.hook.policy;

import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.hook.HookResult;
import org.jadepost.adapter.smtp.hook.MailHook;
import org.jadepost.adapter.smtp.session.SmtpSession;

/** Refuses a declared {@code SIZE=} above the listener's limit (RFC 1870 §6.1). */
public final class MessageSizeHook implements MailHook {

  /** 552 5.3.4 message too big (RFC 3463 X.3.4). */
  public static final SmtpReply TOO_BIG =
      new SmtpReply(552, "5.3.4", "Message size exceeds fixed maximum message size");

  @Override
  public HookResult onMail(SmtpSession session, SmtpEnvelope envelope) {
    return envelope.declaredSize() > session.configuration().maxMessageSize()
        ? HookResult.of(TOO_BIG)
        : HookResult.DECLINED;
  }
}
