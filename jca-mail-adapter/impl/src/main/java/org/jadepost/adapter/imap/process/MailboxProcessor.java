package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.imap.request.MailboxRequest;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.session.ImapSession;

/** CREATE, DELETE, SUBSCRIBE and UNSUBSCRIBE (RFC 3501 §6.3.3, §6.3.4, §6.3.6, §6.3.7). */
public final class MailboxProcessor implements ImapProcessor<MailboxRequest> {

  @Override
  public StatusResponse process(MailboxRequest request, ImapSession session) throws ImapException {
    String name = Folders.decode(session, request.mailbox());
    var caller = session.currentCaller();
    switch (request.command()) {
      case "CREATE" -> session.backend().call("create", 2, l -> run(() -> l.create(caller, name)));
      case "DELETE" -> session.backend().call("delete", 2, l -> run(() -> l.delete(caller, name)));
      case "SUBSCRIBE" ->
          session.backend().call("subscribe", 3, l -> run(() -> l.subscribe(caller, name, true)));
      default ->
          session.backend().call("subscribe", 3, l -> run(() -> l.subscribe(caller, name, false)));
    }
    return Done.ok(request);
  }

  /** A void listener call. */
  @FunctionalInterface
  interface VoidCall {
    void run() throws ImapException;
  }

  static Boolean run(VoidCall call) throws ImapException {
    call.run();
    return Boolean.TRUE;
  }
}
