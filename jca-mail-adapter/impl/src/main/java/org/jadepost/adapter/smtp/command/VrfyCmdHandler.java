package org.jadepost.adapter.smtp.command;

import java.util.Set;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/**
 * VRFY (RFC 5321 §3.5.3, §7.3): never confirms an address, so it cannot be used to harvest
 * accounts. Disabled it is 502 5.5.1; enabled it is the non-committal 252 2.5.0.
 */
public final class VrfyCmdHandler implements CmdHandler {

  @Override
  public String verb() {
    return "VRFY";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return CmdHandler.anyState();
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    if (!session.configuration().vrfyEnabled()) {
      return SmtpResponse.of(Replies.NOT_AVAILABLE);
    }
    if (arguments.isEmpty()) {
      return SmtpResponse.of(Replies.BAD_ARGUMENTS);
    }
    return SmtpResponse.of(
        252, "2.5.0", "Cannot VRFY user, but will accept message and attempt delivery");
  }
}
