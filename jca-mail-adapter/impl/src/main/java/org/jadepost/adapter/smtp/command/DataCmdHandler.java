package org.jadepost.adapter.smtp.command;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.data.DataReceiver;
import org.jadepost.adapter.smtp.data.SpoolFile;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/**
 * DATA (RFC 5321 §4.1.1.4): opens a spool file and answers 354; the {@link DataReceiver} takes the
 * lines that follow and gives the final reply.
 */
public final class DataCmdHandler implements CmdHandler {

  private static final Logger LOG = Logger.getLogger(DataCmdHandler.class.getName());

  @Override
  public String verb() {
    return "DATA";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return Set.of(SmtpSessionState.RCPT_GIVEN);
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    if (!arguments.isEmpty()) {
      return SmtpResponse.of(Replies.BAD_ARGUMENTS);
    }
    if (session.chunkedMessage().isPresent()) {
      return SmtpResponse.of(Replies.BAD_SEQUENCE); // RFC 3030 §2: no DATA after BDAT
    }
    try {
      SpoolFile spool = SpoolFile.create(session.configuration().spoolDirectory());
      session.continueWith(new DataReceiver(spool, session.configuration().maxMessageSize()));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot create a spool file", e);
      return SmtpResponse.of(SmtpReply.LOCAL_ERROR);
    }
    // RFC 2034 §3: 354 is an intermediate reply, sent without an enhanced code.
    return SmtpResponse.plain(354, List.of("Start mail input; end with <CRLF>.<CRLF>"));
  }
}
