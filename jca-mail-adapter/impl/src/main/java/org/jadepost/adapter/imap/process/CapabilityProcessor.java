package org.jadepost.adapter.imap.process;

import java.util.List;
import org.jadepost.adapter.imap.request.SimpleRequest;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;

/** CAPABILITY (RFC 3501 §6.1.1). */
public final class CapabilityProcessor implements ImapProcessor<SimpleRequest> {

  @Override
  public StatusResponse process(SimpleRequest request, ImapSession session) {
    List<ImapValue> values = new java.util.ArrayList<>(List.of(ImapValue.atom("CAPABILITY")));
    Capabilities.of(session).forEach(c -> values.add(ImapValue.atom(c)));
    session.send(new DataResponse(values));
    return Done.ok(request);
  }
}
