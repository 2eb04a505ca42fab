package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapChanges;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapFlag;
import org.jadepost.adapter.api.imap.ImapFlagState;
import org.jadepost.adapter.api.imap.ImapSelection;
import org.jadepost.adapter.imap.request.QresyncParameters;
import org.jadepost.adapter.imap.request.SelectRequest;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapResponse.FetchResponse;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.SelectedMailbox;

/** SELECT and EXAMINE (RFC 3501 §6.3.1, §6.3.2, RFC 7162 §3.1.1, QRESYNC §3.2.5). */
public final class SelectProcessor implements ImapProcessor<SelectRequest> {

  private final java.util.function.Consumer<ImapSession> onChange;

  /** A processor that calls {@code onChange} when the selected folder changes. */
  public SelectProcessor(java.util.function.Consumer<ImapSession> onChange) {
    this.onChange = onChange;
  }

  @Override
  public StatusResponse process(SelectRequest request, ImapSession session) throws ImapException {
    if (request.qresync().isPresent() && !session.qresync()) {
      return Done.bad(request, ReplyText.QRESYNC_NOT_ENABLED); // RFC 7162 §3.2.5
    }
    if (session.selected().isPresent() && session.qresync()) {
      session.send(StatusResponse.untagged(Status.OK, "CLOSED", ReplyText.FOLDER_CLOSED.text()));
    }
    session.deselect(); // a failed SELECT leaves no folder selected (RFC 3501 §6.3.1)
    String name = Folders.decode(session, request.mailbox());
    ImapSelection selection =
        session
            .backend()
            .call("select", 3, l -> l.select(session.currentCaller(), name, request.readOnly()));
    if (request.condstore() || request.qresync().isPresent()) {
      session.enableCondstore();
    }
    SelectedMailbox mailbox = new SelectedMailbox(selection, request.readOnly());
    session.select(mailbox, change -> onChange.accept(session));
    session.send(DataResponse.of(ImapValue.atom("FLAGS"), flags(selection.keywords(), false)));
    session.send(DataResponse.of(ImapValue.num(selection.exists()), ImapValue.atom("EXISTS")));
    session.send(DataResponse.of(ImapValue.num(0), ImapValue.atom("RECENT")));
    firstUnseen(selection)
        .ifPresent(
            msn ->
                session.send(StatusResponse.untagged(Status.OK, "UNSEEN " + msn, "First unseen")));
    session.send(
        StatusResponse.untagged(
            Status.OK, "PERMANENTFLAGS " + permanent(selection, mailbox.readOnly()), "Limited"));
    session.send(
        StatusResponse.untagged(Status.OK, "UIDVALIDITY " + selection.uidValidity(), "UIDs valid"));
    session.send(
        StatusResponse.untagged(Status.OK, "UIDNEXT " + selection.uidNext(), "Predicted next UID"));
    session.send(
        StatusResponse.untagged(
            Status.OK, "HIGHESTMODSEQ " + selection.highestModseq(), "Highest"));
    if (request.qresync().isPresent()) {
      resync(session, mailbox, request.qresync().get());
    }
    return Done.ok(request, mailbox.readOnly() ? "READ-ONLY" : "READ-WRITE");
  }

  /**
   * The QRESYNC answer when the client's UIDVALIDITY still holds (RFC 7162 §3.2.5.1): what vanished
   * since its modseq, then the flags of what changed.
   */
  private static void resync(ImapSession session, SelectedMailbox mailbox, QresyncParameters known)
      throws ImapException {
    if (known.uidValidity() != mailbox.uidValidity()) {
      return;
    }
    long last = mailbox.uidNext() - 1;
    List<long[]> ranges =
        known.knownUids().map(s -> s.resolve(last)).orElse(List.of(new long[] {1, last}));
    ImapChanges changes = Expunges.earlier(session, mailbox, known.modseq(), ranges);
    for (ImapFlagState state : changes.changed()) {
      int msn = mailbox.msn(state.uid());
      if (msn > 0) {
        session.send(new FetchResponse(msn, FlagItems.of(session, state)));
      }
    }
  }

  private static java.util.Optional<Integer> firstUnseen(ImapSelection selection) {
    int[] flags = selection.flags();
    for (int i = 0; i < flags.length; i++) {
      if (!ImapFlag.SEEN.in(flags[i])) {
        return java.util.Optional.of(i + 1);
      }
    }
    return java.util.Optional.empty();
  }

  private static String permanent(ImapSelection selection, boolean readOnly) {
    if (readOnly) {
      return "()";
    }
    StringBuilder out = new StringBuilder();
    ValueText.append(flags(selection.keywords(), true), out);
    return out.toString();
  }

  private static ImapValue flags(List<String> keywords, boolean permanent) {
    List<ImapValue> flags = new ArrayList<>();
    for (ImapFlag flag : ImapFlag.values()) {
      flags.add(ImapValue.atom(flag.atom()));
    }
    keywords.forEach(k -> flags.add(ImapValue.atom(k)));
    if (permanent) {
      flags.add(ImapValue.atom("\\*"));
    }
    return ImapValue.list(flags);
  }
}
