package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.imap.request.RenameRequest;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.session.ImapSession;

/** RENAME (RFC 3501 §6.3.5). */
public final class RenameProcessor implements ImapProcessor<RenameRequest> {

  @Override
  public StatusResponse process(RenameRequest request, ImapSession session) throws ImapException {
    String from = Folders.decode(session, request.mailbox());
    String to = Folders.decode(session, request.newName());
    var caller = session.currentCaller();
    session
        .backend()
        .call("rename", 3, l -> MailboxProcessor.run(() -> l.rename(caller, from, to)));
    return Done.ok(request);
  }
}
