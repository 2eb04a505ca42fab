package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.imap.request.SimpleRequest;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.ImapSessionState;

/** LOGOUT (RFC 3501 §6.1.3): {@code * BYE}, the tagged OK, then the connection closes. */
public final class LogoutProcessor implements ImapProcessor<SimpleRequest> {

  @Override
  public StatusResponse process(SimpleRequest request, ImapSession session) {
    session.send(StatusResponse.untagged(Status.BYE, null, ReplyText.LOGOUT.text()));
    session.close();
    session.state(ImapSessionState.LOGOUT);
    session.connection().closeAfterReply();
    return Done.ok(request);
  }
}
