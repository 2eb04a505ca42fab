package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.imap.request.SimpleRequest;
import org.jadepost.adapter.imap.response.ImapResponse.ContinuationResponse;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.ImapSession;

/**
 * IDLE (RFC 2177): answers the continuation and returns no completion; the session is woken by
 * change events and ends at DONE. No thread is held meanwhile.
 */
public final class IdleProcessor implements ImapProcessor<SimpleRequest> {

  @Override
  public StatusResponse process(SimpleRequest request, ImapSession session) {
    session.idleTag(request.tag());
    session.send(new ContinuationResponse(ReplyText.IDLING.text()));
    return null;
  }
}
