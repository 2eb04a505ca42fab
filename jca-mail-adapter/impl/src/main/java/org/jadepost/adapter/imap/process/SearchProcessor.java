package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapMessage;
import org.jadepost.adapter.api.imap.SearchKey;
import org.jadepost.adapter.api.imap.UidRange;
import org.jadepost.adapter.imap.request.SearchCriterion;
import org.jadepost.adapter.imap.request.SearchRequest;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.SelectedMailbox;

/**
 * SEARCH and UID SEARCH (RFC 3501 §6.4.4): resolves message numbers to UIDs, lets the listener
 * evaluate the key, and answers MSNs or UIDs.
 */
public final class SearchProcessor implements ImapProcessor<SearchRequest> {

  @Override
  public StatusResponse process(SearchRequest request, ImapSession session) throws ImapException {
    SelectedMailbox mailbox = session.selected().orElseThrow();
    SearchKey key = resolve(request.criterion(), mailbox);
    long[] uids =
        session
            .backend()
            .call("search", 3, l -> l.search(session.currentCaller(), mailbox.name(), key));
    List<ImapValue> values = new ArrayList<>(List.of(ImapValue.atom("SEARCH")));
    for (long uid : uids) {
      long number = request.uid() ? uid : mailbox.msn(uid);
      if (number > 0) {
        values.add(ImapValue.num(number));
      }
    }
    if (request.usesModseq() && uids.length > 0) {
      session.enableCondstore();
      values.add(
          ImapValue.list(ImapValue.atom("MODSEQ"), ImapValue.num(highestModseq(session, uids))));
    }
    session.send(new DataResponse(values));
    return Done.ok(request);
  }

  /** The highest modseq of the found messages, for {@code (MODSEQ n)} (RFC 7162 §3.1.5). */
  private static long highestModseq(ImapSession session, long[] uids) throws ImapException {
    String folder = session.selected().orElseThrow().name();
    long highest = 0;
    for (int from = 0; from < uids.length; from += FetchProcessor.BATCH) {
      long[] batch =
          Arrays.copyOfRange(uids, from, Math.min(uids.length, from + FetchProcessor.BATCH));
      for (ImapMessage message :
          session
              .backend()
              .call("fetch", 3, l -> l.fetch(session.currentCaller(), folder, batch))) {
        highest = Math.max(highest, message.modseq());
      }
    }
    return highest;
  }

  static SearchKey resolve(SearchCriterion criterion, SelectedMailbox mailbox) {
    if (criterion instanceof SearchCriterion.Key k) {
      return k.key();
    }
    if (criterion instanceof SearchCriterion.Recent r) {
      return r.recent() ? new SearchKey.Not(new SearchKey.All()) : new SearchKey.All();
    }
    if (criterion instanceof SearchCriterion.All a) {
      return new SearchKey.And(a.criteria().stream().map(c -> resolve(c, mailbox)).toList());
    }
    if (criterion instanceof SearchCriterion.Either e) {
      return new SearchKey.Or(resolve(e.left(), mailbox), resolve(e.right(), mailbox));
    }
    if (criterion instanceof SearchCriterion.Negation n) {
      return new SearchKey.Not(resolve(n.criterion(), mailbox));
    }
    return uids((SearchCriterion.Sequence) criterion, mailbox);
  }

  private static SearchKey uids(SearchCriterion.Sequence sequence, SelectedMailbox mailbox) {
    List<UidRange> ranges = new ArrayList<>();
    if (sequence.uid()) {
      for (long[] r : sequence.set().resolve(Math.max(mailbox.lastUid(), 1))) {
        ranges.add(new UidRange(r[0], r[1]));
      }
    } else {
      for (long[] r : sequence.set().resolve(Math.max(mailbox.exists(), 1))) {
        long last = Math.min(r[1], mailbox.exists());
        if (r[0] <= last) {
          ranges.add(new UidRange(mailbox.uid((int) r[0]), mailbox.uid((int) last)));
        }
      }
    }
    return new SearchKey.Uids(ranges);
  }
}
