package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.request.UidExpungeRequest;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.SelectedMailbox;

/** EXPUNGE (RFC 3501 §6.4.3) and UID EXPUNGE (RFC 4315 §2.1). */
public final class ExpungeProcessor implements ImapProcessor<ImapRequest> {

  @Override
  public StatusResponse process(ImapRequest request, ImapSession session) throws ImapException {
    SelectedMailbox mailbox = session.selected().orElseThrow();
    if (mailbox.readOnly()) {
      return Done.no(request, ReplyText.READ_ONLY);
    }
    long[] expunged;
    if (request instanceof UidExpungeRequest uidExpunge) {
      long[] uids = mailbox.resolve(uidExpunge.set(), true);
      expunged =
          session
              .backend()
              .call("expunge", 3, l -> l.expunge(session.currentCaller(), mailbox.name(), uids));
    } else {
      expunged =
          session
              .backend()
              .call("expunge", 2, l -> l.expunge(session.currentCaller(), mailbox.name()));
    }
    Expunges.report(session, mailbox, expunged);
    return Done.ok(request);
  }
}
