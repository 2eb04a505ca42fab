package org.jadepost.adapter.smtp.command;

import java.util.Set;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/** QUIT (RFC 5321 §4.1.1.10): 221 and close. */
public final class QuitCmdHandler implements CmdHandler {

  @Override
  public String verb() {
    return "QUIT";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return CmdHandler.anyState();
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    return SmtpResponse.of(221, "2.0.0", session.configuration().hostName() + " Bye").thenClose();
  }
}
