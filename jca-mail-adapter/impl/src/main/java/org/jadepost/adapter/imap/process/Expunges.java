package org.jadepost.adapter.imap.process;

import java.util.Arrays;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapChanges;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.SelectedMailbox;

/**
 * Expunges as the client wants them: {@code * n EXPUNGE} (RFC 3501 §7.4.1), or once QRESYNC is on
 * {@code * VANISHED uid-set} (RFC 7162 §3.2.10), and {@code * VANISHED (EARLIER)} for what vanished
 * before the client looked (SELECT ... QRESYNC, UID FETCH ... VANISHED).
 */
final class Expunges {

  private Expunges() {}

  /** Removes {@code expunged} from the session's view and tells the client. */
  static void report(ImapSession session, SelectedMailbox mailbox, long[] expunged) {
    if (!session.qresync()) {
      for (long uid : expunged) {
        int msn = mailbox.remove(uid);
        if (msn > 0) {
          session.send(DataResponse.of(ImapValue.num(msn), ImapValue.atom("EXPUNGE")));
        }
      }
      return;
    }
    long[] removed = Arrays.stream(expunged).filter(uid -> mailbox.remove(uid) > 0).toArray();
    if (removed.length > 0) {
      Arrays.sort(removed);
      session.send(
          DataResponse.of(ImapValue.atom("VANISHED"), ImapValue.atom(UidSets.format(removed))));
    }
  }

  /**
   * Sends {@code * VANISHED (EARLIER)} for the UIDs in {@code ranges} expunged since {@code
   * modseq}: those the listener names, or, when it no longer knows them all, every UID below
   * UIDNEXT the folder does not have (RFC 7162 §3.2.5.2 allows UIDs that never existed). UIDs this
   * session still lists are left for the next unsolicited report. Returns what the listener said.
   */
  static ImapChanges earlier(
      ImapSession session, SelectedMailbox mailbox, long modseq, List<long[]> ranges)
      throws ImapException {
    ImapChanges changes =
        session
            .backend()
            .call("changes", 3, l -> l.changes(session.currentCaller(), mailbox.name(), modseq));
    String vanished;
    if (changes.complete()) {
      long[] uids =
          Arrays.stream(changes.expunged())
              .filter(uid -> UidSets.contains(ranges, uid) && mailbox.msn(uid) == 0)
              .sorted()
              .toArray();
      vanished = UidSets.format(uids);
    } else {
      vanished = UidSets.gaps(ranges, mailbox.uidNext() - 1, mailbox.uids());
    }
    if (!vanished.isEmpty()) {
      session.send(
          DataResponse.of(
              ImapValue.atom("VANISHED"), ImapValue.atom("(EARLIER)"), ImapValue.atom(vanished)));
    }
    return changes;
  }
}
