package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.api.imap.ImapListener;
import org.jadepost.adapter.imap.request.SimpleRequest;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;

/** NAMESPACE (RFC 2342): one personal namespace, no others. */
public final class NamespaceProcessor implements ImapProcessor<SimpleRequest> {

  @Override
  public StatusResponse process(SimpleRequest request, ImapSession session) {
    ImapValue personal =
        ImapValue.list(
            ImapValue.list(
                ImapValue.str(""), ImapValue.str(String.valueOf(ImapListener.DELIMITER))));
    session.send(
        DataResponse.of(ImapValue.atom("NAMESPACE"), personal, ImapValue.NIL, ImapValue.NIL));
    return Done.ok(request);
  }
}
