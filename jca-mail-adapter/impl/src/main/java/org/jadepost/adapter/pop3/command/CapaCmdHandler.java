package org.jadepost.adapter.pop3.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/**
 * CAPA (RFC 2449 §5). USER and SASL are listed only where a login may be sent now, so before STLS
 * on a connection that is not from loopback a client sees that it must upgrade first (RFC 2595 §4);
 * STLS is listed while the upgrade is available, in AUTHORIZATION.
 */
public final class CapaCmdHandler implements Pop3CmdHandler {

  @Override
  public String verb() {
    return "CAPA";
  }

  @Override
  public Set<Pop3SessionState> validStates() {
    return Set.of(Pop3SessionState.AUTHORIZATION, Pop3SessionState.TRANSACTION);
  }

  @Override
  public Pop3Response handle(Pop3Session session, String arguments) {
    if (!arguments.isBlank()) {
      return Replies.BAD_ARGUMENTS;
    }
    List<String> capabilities = new ArrayList<>(List.of("TOP", "UIDL", "RESP-CODES"));
    capabilities.add("AUTH-RESP-CODE");
    capabilities.add("PIPELINING");
    boolean authorization = session.state() == Pop3SessionState.AUTHORIZATION;
    if (authorization && session.connection().isStartTlsAvailable()) {
      capabilities.add("STLS");
    }
    if (authorization && session.isLoginAllowedNow()) {
      capabilities.add("USER");
      capabilities.add("SASL PLAIN");
    }
    capabilities.add("IMPLEMENTATION Jadepost");
    return Pop3Response.multiLine("Capability list follows", capabilities);
  }
}
