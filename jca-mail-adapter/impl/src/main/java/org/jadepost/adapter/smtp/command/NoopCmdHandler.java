package org.jadepost.adapter.smtp.command;

import java.util.Set;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/** NOOP (RFC 5321 §4.1.1.9): 250, arguments ignored. */
public final class NoopCmdHandler implements CmdHandler {

  @Override
  public String verb() {
    return "NOOP";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return CmdHandler.anyState();
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    return SmtpResponse.of(SmtpReply.OK);
  }
}
