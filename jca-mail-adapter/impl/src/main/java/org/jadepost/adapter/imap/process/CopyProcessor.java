package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.api.imap.ImapCopyResult;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.imap.request.CopyRequest;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.SelectedMailbox;

/**
 * COPY and MOVE (RFC 3501 §6.4.7, RFC 6851) with COPYUID (RFC 4315 §3); MOVE sends the COPYUID in
 * an untagged OK before the EXPUNGE responses (RFC 6851 §4.3).
 */
public final class CopyProcessor implements ImapProcessor<CopyRequest> {

  @Override
  public StatusResponse process(CopyRequest request, ImapSession session) throws ImapException {
    SelectedMailbox mailbox = session.selected().orElseThrow();
    if (request.move() && mailbox.readOnly()) {
      return Done.no(request, ReplyText.READ_ONLY);
    }
    long[] uids = mailbox.resolve(request.set(), request.uid());
    String target = Folders.decode(session, request.mailbox());
    if (uids.length == 0) {
      return Done.ok(request);
    }
    var caller = session.currentCaller();
    ImapCopyResult result =
        request.move()
            ? session.backend().call("move", 4, l -> l.move(caller, mailbox.name(), uids, target))
            : session.backend().call("copy", 4, l -> l.copy(caller, mailbox.name(), uids, target));
    String code =
        "COPYUID "
            + result.targetUidValidity()
            + " "
            + UidSets.format(result.sourceUids())
            + " "
            + UidSets.format(result.targetUids());
    if (request.move()) {
      session.send(StatusResponse.untagged(Status.OK, code, "Moved"));
      Expunges.report(session, mailbox, result.sourceUids());
      return Done.ok(request);
    }
    return Done.ok(request, code);
  }
}
