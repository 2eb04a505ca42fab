package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.imap.request.IdRequest;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;

/** ID (RFC 2971): names the server, without version (§3.3 privacy). */
public final class IdProcessor implements ImapProcessor<IdRequest> {

  @Override
  public StatusResponse process(IdRequest request, ImapSession session) {
    session.send(
        DataResponse.of(
            ImapValue.atom("ID"),
            ImapValue.list(
                ImapValue.str("name"),
                ImapValue.str("Jadepost"),
                ImapValue.str("vendor"),
                ImapValue.str("Jadepost"))));
    return Done.ok(request);
  }
}
