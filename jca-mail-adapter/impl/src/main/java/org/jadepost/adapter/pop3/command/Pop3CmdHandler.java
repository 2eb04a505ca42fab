package org.jadepost.adapter.pop3.command;

import java.util.Set;
import org.jadepost.adapter.pop3.session.Pop3Response;
import org.jadepost.adapter.pop3.session.Pop3Session;
import org.jadepost.adapter.pop3.session.Pop3SessionState;

/**
 * Handles one POP3 command. The dispatcher calls it only in one of {@link #validStates()}, so a
 * handler never checks the state itself.
 */
public interface Pop3CmdHandler {

  /** The command keyword in upper case, for example {@code RETR}. */
  String verb();

  /** The states the command is valid in; elsewhere the dispatcher answers {@code -ERR}. */
  Set<Pop3SessionState> validStates();

  /** Handles the command with its {@code arguments}: the text after the keyword and one space. */
  Pop3Response handle(Pop3Session session, String arguments);

  /** Only in the AUTHORIZATION state. */
  static Set<Pop3SessionState> authorization() {
    return Set.of(Pop3SessionState.AUTHORIZATION);
  }

  /** Only in the TRANSACTION state. */
  static Set<Pop3SessionState> transaction() {
    return Set.of(Pop3SessionState.TRANSACTION);
  }
}
