package org.jadepost.adapter.smtp.command;

import java.io.IOException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.data.ChunkReceiver;
import org.jadepost.adapter.smtp.data.SpoolFile;
import org.jadepost.adapter.smtp.session.SmtpResponse;
import org.jadepost.adapter.smtp.session.SmtpSession;
import org.jadepost.adapter.smtp.session.SmtpSessionState;

/**
 * BDAT {@code <size> [LAST]} (RFC 3030 §2): reads the chunk that follows the command; the first
 * chunk opens the spool file, LAST hands the message to the MDB. A refused BDAT still consumes its
 * chunk, so chunk bytes are never taken for commands.
 */
public final class BdatCmdHandler implements CmdHandler {

  private static final Logger LOG = Logger.getLogger(BdatCmdHandler.class.getName());

  @Override
  public String verb() {
    return "BDAT";
  }

  @Override
  public Set<SmtpSessionState> validStates() {
    return Set.of(SmtpSessionState.RCPT_GIVEN);
  }

  @Override
  public SmtpResponse handle(SmtpSession session, String arguments) {
    String[] words = arguments.split(" +");
    OptionalLong size = size(words[0]);
    boolean last = words.length == 2 && words[1].toUpperCase(Locale.ROOT).equals("LAST");
    if (size.isEmpty() || words.length > 2 || (words.length == 2 && !last)) {
      size.ifPresent(session.connection()::skipLiteral);
      return SmtpResponse.of(Replies.BAD_ARGUMENTS);
    }
    ChunkReceiver receiver = (ChunkReceiver) session.chunkedMessage().orElse(null);
    if (receiver == null) {
      try {
        receiver =
            new ChunkReceiver(
                SpoolFile.create(session.configuration().spoolDirectory()),
                session.configuration().maxMessageSize());
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Cannot create a spool file", e);
        session.connection().skipLiteral(size.getAsLong());
        return SmtpResponse.of(SmtpReply.LOCAL_ERROR);
      }
      session.chunkedMessage(receiver);
    }
    return receiver.startChunk(session, size.getAsLong(), last);
  }

  @Override
  public void refused(SmtpSession session, String arguments) {
    size(arguments.split(" +")[0]).ifPresent(session.connection()::skipLiteral);
  }

  private static OptionalLong size(String digits) {
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(digits));
  }
}
