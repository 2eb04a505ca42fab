package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.imap.request.SimpleRequest;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.SelectedMailbox;

/**
 * CLOSE (RFC 3501 §6.4.2: expunges silently unless read-only) and UNSELECT (RFC 3691: does not
 * expunge).
 */
public final class CloseProcessor implements ImapProcessor<SimpleRequest> {

  @Override
  public StatusResponse process(SimpleRequest request, ImapSession session) throws ImapException {
    SelectedMailbox mailbox = session.selected().orElseThrow();
    if (request.command().equals("CLOSE") && !mailbox.readOnly()) {
      session.backend().call("expunge", 2, l -> l.expunge(session.currentCaller(), mailbox.name()));
    }
    session.deselect();
    return Done.ok(request);
  }
}
