package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.imap.request.SimpleRequest;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.ImapSession;

/**
 * STARTTLS (RFC 3501 §6.2.1): the handshake starts after the tagged OK; anything the client
 * pipelined after the command is dropped (RFC 9051 §6.2.1).
 */
public final class StartTlsProcessor implements ImapProcessor<SimpleRequest> {

  @Override
  public StatusResponse process(SimpleRequest request, ImapSession session) {
    if (!session.connection().isStartTlsAvailable()) {
      return StatusResponse.tagged(request.tag(), Status.NO, ReplyText.TLS_UNAVAILABLE.text());
    }
    session.connection().startTlsAfterReply();
    return StatusResponse.tagged(request.tag(), Status.OK, ReplyText.BEGIN_TLS.text());
  }
}
