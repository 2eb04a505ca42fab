package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.ImapSessionState;

/** The CAPABILITY list for the session's state and TLS (RFC 3501 §6.1.1, RFC 9051). */
public final class Capabilities {

  private static final List<String> EXTENSIONS =
      List.of(
          "LITERAL+",
          "SASL-IR",
          "ID",
          "ENABLE",
          "IDLE",
          "NAMESPACE",
          "UIDPLUS",
          "MOVE",
          "UNSELECT",
          "CHILDREN",
          "SPECIAL-USE",
          "LIST-EXTENDED",
          "CONDSTORE",
          "QRESYNC",
          "UTF8=ACCEPT");

  private Capabilities() {}

  /** The capabilities to announce now. */
  public static List<String> of(ImapSession session) {
    List<String> capabilities = new ArrayList<>();
    capabilities.add("IMAP4rev1");
    capabilities.addAll(EXTENSIONS);
    if (session.state() == ImapSessionState.NOT_AUTHENTICATED) {
      if (session.connection().isStartTlsAvailable()) {
        capabilities.add("STARTTLS");
      }
      if (session.plainLoginAllowed()) {
        capabilities.add("AUTH=PLAIN");
      } else {
        capabilities.add("LOGINDISABLED");
      }
    }
    return capabilities;
  }

  /** The capabilities as one response-code text, for greetings and LOGIN. */
  public static String code(ImapSession session) {
    return "CAPABILITY " + String.join(" ", of(session));
  }
}
