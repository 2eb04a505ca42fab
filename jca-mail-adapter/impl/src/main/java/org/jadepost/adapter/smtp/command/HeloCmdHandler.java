package org.jadepost.adapter.smtp.command;

import java.util.List;
import java.util.Set;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/** HELO (RFC 5321 §4.1.1.1): like EHLO but one line and no extensions. */
public final class HeloCmdHandler implements CmdHandler {

  @Override
  public String verb() {
    return "HELO";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return CmdHandler.anyState();
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    if (arguments.isEmpty()) {
      return SmtpResponse.of(Replies.BAD_ARGUMENTS);
    }
    session.greeted(arguments);
    return SmtpResponse.plain(250, List.of(session.configuration().hostName()));
  }
}
