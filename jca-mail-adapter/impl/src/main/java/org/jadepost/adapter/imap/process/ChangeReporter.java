package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapChanges;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapFlagState;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapResponse.FetchResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.SelectedMailbox;

/**
 * Asks the listener what changed in the selected folder since the session's modseq and sends the
 * unsolicited EXPUNGE, EXISTS and FETCH responses (RFC 3501 §7.4.1, §5.2). Expunges are held back
 * when {@code allowExpunge} is false (during FETCH, STORE and SEARCH, RFC 3501 §7.4.1).
 */
public final class ChangeReporter {

  private ChangeReporter() {}

  /**
   * Reports what changed; returns false when the folder is gone or was recreated.
   *
   * @throws ImapException if the listener fails
   */
  public static boolean report(ImapSession session, boolean allowExpunge) throws ImapException {
    if (session.selected().isEmpty()) {
      return true;
    }
    SelectedMailbox mailbox = session.selected().get();
    ImapChanges changes =
        session
            .backend()
            .call(
                "changes",
                3,
                l -> l.changes(session.currentCaller(), mailbox.name(), mailbox.highestModseq()));
    if (changes.uidValidity() != mailbox.uidValidity() || !changes.complete()) {
      return false;
    }
    if (!allowExpunge && changes.expunged().length > 0) {
      session.markChanged();
      return true;
    }
    Expunges.report(session, mailbox, changes.expunged());
    int before = mailbox.exists();
    List<ImapFlagState> updates = new ArrayList<>();
    for (ImapFlagState state : changes.changed()) {
      if (state.uid() > mailbox.lastUid()) {
        mailbox.add(state.uid());
      } else {
        updates.add(state);
      }
    }
    if (mailbox.exists() != before) {
      session.send(DataResponse.of(ImapValue.num(mailbox.exists()), ImapValue.atom("EXISTS")));
      session.send(DataResponse.of(ImapValue.num(0), ImapValue.atom("RECENT")));
    }
    for (ImapFlagState state : updates) {
      int msn = mailbox.msn(state.uid());
      if (msn > 0) {
        session.send(new FetchResponse(msn, FlagItems.of(session, state)));
      }
    }
    mailbox.advance(changes.highestModseq(), changes.uidNext());
    return true;
  }
}
