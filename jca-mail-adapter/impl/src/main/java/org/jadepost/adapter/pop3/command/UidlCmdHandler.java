package org.jadepost.adapter.pop3.command;

import java.util.Set;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/**
 * UIDL [msg] (RFC 1939 §7): the unique-id listing. The ids come from the listener and stay the same
 * across sessions, so a client that leaves mail on the server downloads each message once.
 */
public final class UidlCmdHandler implements Pop3CmdHandler {

  @Override
  public String verb() {
    return "UIDL";
  }

  @Override
  public Set<Pop3SessionState> validStates() {
    return Pop3CmdHandler.transaction();
  }

  @Override
  public Pop3Response handle(Pop3Session session, String arguments) {
    return Listing.of(session, arguments, Pop3MessageInfo::uniqueId, s -> "Unique-id listing");
  }
}
