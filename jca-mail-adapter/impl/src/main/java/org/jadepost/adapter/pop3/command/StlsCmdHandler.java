package org.jadepost.adapter.pop3.command;

import java.util.Set;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/**
 * STLS (RFC 2595 §4): only in AUTHORIZATION, only where the listener offers it and TLS is not on
 * yet. The handshake starts once {@code +OK} is written; anything the client pipelined after the
 * command is dropped, and the USER name given in clear is forgotten.
 */
public final class StlsCmdHandler implements Pop3CmdHandler {

  static final Pop3Response NOT_AVAILABLE = Pop3Response.err("STLS not available");

  @Override
  public String verb() {
    return "STLS";
  }

  @Override
  public Set<Pop3SessionState> validStates() {
    return Pop3CmdHandler.authorization();
  }

  @Override
  public Pop3Response handle(Pop3Session session, String arguments) {
    if (!arguments.isBlank()) {
      return Replies.BAD_ARGUMENTS;
    }
    if (!session.connection().isStartTlsAvailable()) {
      return NOT_AVAILABLE;
    }
    session.resetAfterStartTls();
    session.connection().startTlsAfterReply();
    return Pop3Response.ok("Begin TLS negotiation");
  }
}
