package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapFlagState;
import org.jadepost.adapter.api.imap.ImapStore;
import org.jadepost.adapter.api.imap.ImapStoreResult;
import org.jadepost.adapter.imap.request.StoreRequest;
import org.jadepost.adapter.imap.response.ImapResponse.FetchResponse;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.SelectedMailbox;

/** STORE and UID STORE (RFC 3501 §6.4.6) with UNCHANGEDSINCE and MODIFIED (RFC 7162 §3.1.3). */
public final class StoreProcessor implements ImapProcessor<StoreRequest> {

  @Override
  public StatusResponse process(StoreRequest request, ImapSession session) throws ImapException {
    SelectedMailbox mailbox = session.selected().orElseThrow();
    if (mailbox.readOnly()) {
      return Done.no(request, ReplyText.READ_ONLY);
    }
    long[] uids = mailbox.resolve(request.set(), request.uid());
    List<String> keywords = new ArrayList<>();
    int flags = FlagItems.mask(request.flags(), keywords);
    if (request.unchangedSince() >= 0) {
      session.enableCondstore();
    }
    ImapStore store =
        new ImapStore(
            mailbox.name(), uids, request.mode(), flags, keywords, request.unchangedSince());
    ImapStoreResult result =
        session.backend().call("store", 2, l -> l.store(session.currentCaller(), store));
    mailbox.absorb(result.updated().stream().mapToLong(ImapFlagState::modseq).toArray());
    for (ImapFlagState state : result.updated()) {
      int msn = mailbox.msn(state.uid());
      boolean show = !request.silent() || request.unchangedSince() >= 0;
      if (msn > 0 && show) {
        List<org.jadepost.adapter.imap.response.ImapValue> items = FlagItems.of(session, state);
        if (request.silent()) {
          items = items.subList(0, 2);
          items = new ArrayList<>(items);
          items.add(org.jadepost.adapter.imap.response.ImapValue.atom("MODSEQ"));
          items.add(
              org.jadepost.adapter.imap.response.ImapValue.list(
                  org.jadepost.adapter.imap.response.ImapValue.num(state.modseq())));
        } else if (!request.uid()) {
          items = items.subList(2, items.size());
        }
        session.send(new FetchResponse(msn, items));
      }
    }
    if (result.modified().length > 0) {
      long[] modified =
          request.uid()
              ? result.modified()
              : java.util.Arrays.stream(result.modified()).map(mailbox::msn).toArray();
      return Done.ok(request, "MODIFIED " + UidSets.format(modified));
    }
    return Done.ok(request);
  }
}
