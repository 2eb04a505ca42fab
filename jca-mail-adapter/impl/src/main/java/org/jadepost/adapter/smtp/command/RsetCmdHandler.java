package org.jadepost.adapter.smtp.command;

import java.util.Set;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/** RSET (RFC 5321 §4.1.1.5): aborts the transaction; EHLO and AUTH stay. */
public final class RsetCmdHandler implements CmdHandler {

  @Override
  public String verb() {
    return "RSET";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return CmdHandler.anyState();
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    if (!arguments.isEmpty()) {
      return SmtpResponse.of(Replies.BAD_ARGUMENTS);
    }
    session.resetTransaction();
    return SmtpResponse.of(SmtpReply.OK);
  }
}
