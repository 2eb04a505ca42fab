package org.jadepost.adapter.pop3.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jadepost.adapter.api.pop3.Pop3Update;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/**
 * QUIT (RFC 1939 §§4, 6). In AUTHORIZATION it only closes. In TRANSACTION the session enters
 * UPDATE: the listener removes the marked messages, and the reply says whether that worked; the
 * connection closes either way.
 */
public final class QuitCmdHandler implements Pop3CmdHandler {

  static final Pop3Response NOT_REMOVED =
      Pop3Response.err("[SYS/TEMP] Some deleted messages were not removed").thenClose();

  @Override
  public String verb() {
    return "QUIT";
  }

  @Override
  public Set<Pop3SessionState> validStates() {
    return Set.of(Pop3SessionState.AUTHORIZATION, Pop3SessionState.TRANSACTION);
  }

  @Override
  public Pop3Response handle(Pop3Session session, String arguments) {
    String host = session.configuration().hostName();
    if (session.state() == Pop3SessionState.AUTHORIZATION) {
      return Pop3Response.ok(host + " POP3 server signing off").thenClose();
    }
    session.enterUpdate();
    List<String> marked = session.maildrop().markedIds();
    if (!marked.isEmpty()) {
      Optional<Pop3Update> update =
          session.backend().commitDeletions(session.info(), session.identity(), marked);
      if (update.isEmpty()) {
        return NOT_REMOVED;
      }
    }
    int left = session.maildrop().count();
    return Pop3Response.ok(host + " POP3 server signing off (" + left + " messages left)")
        .thenClose();
  }
}
