package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapFolderStatus;
import org.jadepost.adapter.imap.request.StatusRequest;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;

/** STATUS (RFC 3501 §6.3.10, RFC 7162 §3.1.2.2, RFC 8438). */
public final class StatusProcessor implements ImapProcessor<StatusRequest> {

  @Override
  public StatusResponse process(StatusRequest request, ImapSession session) throws ImapException {
    String name = Folders.decode(session, request.mailbox());
    ImapFolderStatus status =
        session.backend().call("status", 2, l -> l.status(session.currentCaller(), name));
    List<ImapValue> items = new ArrayList<>();
    for (String item : request.items()) {
      items.add(ImapValue.atom(item));
      items.add(ImapValue.num(value(status, item)));
    }
    session.send(
        DataResponse.of(
            ImapValue.atom("STATUS"), Folders.encode(session, name), ImapValue.list(items)));
    return Done.ok(request);
  }

  private static long value(ImapFolderStatus status, String item) {
    return switch (item) {
      case "MESSAGES" -> status.messages();
      case "UIDNEXT" -> status.uidNext();
      case "UIDVALIDITY" -> status.uidValidity();
      case "UNSEEN" -> status.unseen();
      case "HIGHESTMODSEQ" -> status.highestModseq();
      case "SIZE" -> status.size();
      default -> 0; // RECENT: no session-independent \Recent is kept
    };
  }
}
