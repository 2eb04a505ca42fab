package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.imap.request.EnableRequest;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;

/** ENABLE (RFC 5161): UTF8=ACCEPT (RFC 6855), CONDSTORE and QRESYNC (RFC 7162 §3.2.3). */
public final class EnableProcessor implements ImapProcessor<EnableRequest> {

  @Override
  public StatusResponse process(EnableRequest request, ImapSession session) {
    List<ImapValue> enabled = new ArrayList<>(List.of(ImapValue.atom("ENABLED")));
    for (String capability : request.capabilities()) {
      if (capability.equals("UTF8=ACCEPT")) {
        session.enableUtf8();
        enabled.add(ImapValue.atom(capability));
      } else if (capability.equals("CONDSTORE")) {
        session.enableCondstore();
        enabled.add(ImapValue.atom(capability));
      } else if (capability.equals("QRESYNC")) {
        session.enableQresync();
        enabled.add(ImapValue.atom(capability));
      }
    }
    session.send(new DataResponse(enabled));
    return Done.ok(request);
  }
}
