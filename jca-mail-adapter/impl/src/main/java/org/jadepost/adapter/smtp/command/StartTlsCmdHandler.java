package org.jadepost.adapter.smtp.command;

import java.util.Set;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/**
 * STARTTLS (RFC 3207): 220, then the handshake. Input pipelined after the command is discarded by
 * the connection (§4), and the session forgets EHLO, AUTH and the transaction (§4.2).
 */
public final class StartTlsCmdHandler implements CmdHandler {

  @Override
  public String verb() {
    return "STARTTLS";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return Set.of(SmtpSessionState.CONNECTED, SmtpSessionState.READY);
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    if (!arguments.isEmpty()) {
      return SmtpResponse.of(Replies.BAD_ARGUMENTS);
    }
    if (!session.connection().isStartTlsAvailable()) {
      return SmtpResponse.of(Replies.NOT_AVAILABLE);
    }
    session.connection().startTlsAfterReply();
    session.resetAfterStartTls();
    return SmtpResponse.of(220, "2.0.0", "Ready to start TLS");
  }
}
