package org.jadepost.adapter.smtp.hook.policy;

import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.hook.HookResult;
import org.jadepost.adapter.smtp.hook.RcptHook;
import org.jadepost.adapter.smtp.session.SmtpSession;

/**
 * Refuses recipients beyond the limit with a transient 452, so the client sends the rest in another
 * transaction (RFC 5321 §4.5.3.1.10).
 */
public final class MaxRecipientsHook implements RcptHook {

  /** 452 4.5.3 too many recipients (RFC 3463 X.5.3). */
  public static final SmtpReply TOO_MANY = new SmtpReply(452, "4.5.3", "Too many recipients");

  @Override
  public HookResult onRcpt(SmtpSession session, String recipient) {
    boolean full =
        session.envelope().recipients().size() >= session.configuration().maxRecipients();
    return full ? HookResult.of(TOO_MANY) : HookResult.DECLINED;
  }
}
