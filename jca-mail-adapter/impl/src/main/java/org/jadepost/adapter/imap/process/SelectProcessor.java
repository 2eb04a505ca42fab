package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapFlag;
import org.jadepost.adapter.api.imap.ImapSelection;
import org.jadepost.adapter.imap.request.SelectRequest;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapResponse.Status;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.SelectedMailbox;

/** SELECT and EXAMINE (RFC 3501 §6.3.1, §6.3.2, RFC 7162 §3.1.1). */
public final class SelectProcessor implements ImapProcessor<SelectRequest> {

  private final java.util.function.Consumer<ImapSession> onChange;

  /** A processor that calls {@code onChange} when the selected folder changes. */
  public SelectProcessor(java.util.function.Consumer<ImapSession> onChange) {
    this.onChange = onChange;
  }

  @Override
  public StatusResponse process(SelectRequest request, ImapSession session) throws ImapException {
    session.deselect(); // a failed SELECT leaves no folder selected (RFC 3501 §6.3.1)
    String name = Folders.decode(session, request.mailbox());
    ImapSelection selection =
        session
            .backend()
            .call("select", 3, l -> l.select(session.currentCaller(), name, request.readOnly()));
    if (request.condstore()) {
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
    return Done.ok(request, mailbox.readOnly() ? "READ-ONLY" : "READ-WRITE");
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
