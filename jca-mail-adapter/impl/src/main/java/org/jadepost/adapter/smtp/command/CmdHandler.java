package org.jadepost.adapter.smtp.command;

import java.util.Set;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/**
 * Handles one SMTP command. The dispatcher calls it only in one of {@link #validStates()}, so a
 * handler never checks the sequence itself.
 */
public interface CmdHandler {

  /** The command verb in upper case, for example {@code MAIL}. */
  String verb();

  /** The states the command is valid in; elsewhere the dispatcher replies 503 5.5.1. */
  Set<SmtpSessionState> validStates();

  /** Handles the command with its {@code arguments} (the text after the verb, trimmed). */
  SmtpResponse handle(SmtpSession session, String arguments);

  /**
   * The dispatcher refused the command (wrong state). BDAT uses this to skip its chunk, which the
   * client sends regardless (RFC 3030 §2), so chunk bytes are never read as commands.
   */
  default void refused(SmtpSession session, String arguments) {}

  /** Every state: NOOP, RSET, QUIT, VRFY, EHLO, HELO (RFC 5321 §4.1.4). */
  static Set<SmtpSessionState> anyState() {
    return Set.of(SmtpSessionState.values());
  }
}
