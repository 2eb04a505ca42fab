package org.jadepost.adapter.pop3.command;

import java.util.Set;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/** LIST [msg] (RFC 1939 §5): the scan listing {@code number size} of one or every live message. */
public final class ListCmdHandler implements Pop3CmdHandler {

  @Override
  public String verb() {
    return "LIST";
  }

  @Override
  public Set<Pop3SessionState> validStates() {
    return Pop3CmdHandler.transaction();
  }

  @Override
  public Pop3Response handle(Pop3Session session, String arguments) {
    return Listing.of(session, arguments, Pop3MessageInfo::size, s -> s.maildrop().summary());
  }
}
