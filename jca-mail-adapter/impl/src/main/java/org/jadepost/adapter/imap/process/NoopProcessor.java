package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.imap.request.SimpleRequest;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.session.ImapSession;

/**
 * NOOP and CHECK (RFC 3501 §6.1.2, §6.4.1): nothing to do; the dispatcher reports the folder's
 * changes after every command that allows it.
 */
public final class NoopProcessor implements ImapProcessor<SimpleRequest> {

  @Override
  public StatusResponse process(SimpleRequest request, ImapSession session) {
    session.markChanged();
    return Done.ok(request);
  }
}
